import type { ParsedInput } from '../../../shared/commands';
import { ON_HOLD_LABEL } from '../../../shared/garments/pull';
import { CARE_LABELS, type ImportPreview, VariantInput } from '../../../shared/garments/schema';
import { MOVEMENT_LABELS } from '../../../shared/garments/stock';
import { AppError } from '../../../shared/kit/errors';
import { decimalToMinor, minorToDecimal } from '../../../shared/kit/money';
import { type CsvValue, csvFilename, parseCsv, toCsv } from '../kit/csv';
import { getProduction } from '../productions/productions';
import type { Db } from '../vault/connection';
import { findVariantByCode, insertVariant, listTypes, patchVariant } from './catalog';
import { outlook, pullList } from './pull';
import { iterateLedger, listStock, recordInTx } from './stock';

type ImportInput = ParsedInput<'garment.import'>;
type Row = ImportPreview['rows'][number];
type Apply = (db: Db) => void;

const CATALOG_COLUMNS: Record<string, string> = {
  typeId: 'Type',
  code: 'Code',
  size: 'Size',
  skinTone: 'Skin tone',
  material: 'Material',
  adhesiveType: 'Adhesive type',
  care: 'Care',
  unit: 'Unit',
  supplier: 'Supplier',
  unitCostMinor: 'Unit cost',
  currency: 'Currency',
  reorderThreshold: 'Reorder threshold',
};

function intOrNull(s: string): number | null {
  return /^-?\d+$/.test(s) ? Number(s) : null;
}

/** Checks every row and prepares its write; nothing is written here. */
function plan(db: Db, input: ImportInput): { preview: ImportPreview; apply: Apply[] } {
  const parsed = parseCsv(input.csv);
  const fileErrors = [...parsed.errors];
  const rows: Row[] = [];
  const apply: Apply[] = [];
  const seen = new Map<string, number>();
  const has = (k: string) => parsed.columns.some((c) => c.toLowerCase().replace(/[^a-z0-9]/g, '') === k);

  if (input.kind === 'catalog') {
    for (const need of ['type', 'code', 'care']) if (!has(need)) fileErrors.push(`Missing column "${need}".`);
    const types = listTypes(db, false);
    for (const { line, values: v } of parsed.rows) {
      const errors: Row['errors'] = [];
      const typeName = v.type ?? '';
      const type = types.find(
        (t) => t.name.toLowerCase() === typeName.toLowerCase() || t.kind === typeName.toLowerCase(),
      );
      if (!type)
        errors.push({
          column: 'Type',
          message: `Unknown item type "${typeName}" (known: ${types.map((t) => t.name).join(', ')})`,
        });
      const currency = (v.currency || 'USD').toUpperCase();
      const cost = v.unitcost ? decimalToMinor(v.unitcost, currency) : 0;
      if (cost === null)
        errors.push({ column: 'Unit cost', message: `"${v.unitcost}" is not an amount in ${currency}` });
      const threshold = v.reorderthreshold ? intOrNull(v.reorderthreshold) : 0;
      if (threshold === null) errors.push({ column: 'Reorder threshold', message: 'Use a whole number' });
      const care = (v.care ?? '').toLowerCase().replace(/\s+/g, '-');
      const candidate = {
        typeId: type?.id ?? '00000000000000000000000000',
        code: v.code ?? '',
        size: v.size ?? '',
        skinTone: v.skintone ?? '',
        material: v.material ?? '',
        adhesiveType: v.adhesivetype ?? '',
        care,
        // Optional column: without it the unit follows the kind (pairs of nipple covers, rolls of tape).
        ...(v.unit ? { unit: v.unit.trim().toLowerCase() } : {}),
        supplier: v.supplier ?? '',
        unitCostMinor: cost ?? 0,
        currency,
        reorderThreshold: threshold ?? 0,
      };
      const checked = VariantInput.safeParse(candidate);
      if (!checked.success)
        for (const i of checked.error.issues) {
          const path = i.path.map(String).join('.');
          errors.push({ column: CATALOG_COLUMNS[path] ?? path, message: i.message });
        }
      const code = (v.code ?? '').toLowerCase();
      if (code && seen.has(code)) errors.push({ column: 'Code', message: `Also on row ${seen.get(code)}` });
      seen.set(code, line);
      const existing = code ? findVariantByCode(db, v.code ?? '') : null;
      rows.push({
        line,
        action: existing ? 'update' : 'add',
        summary: `${typeName} ${v.code ?? ''} ${v.size ?? ''}`.trim(),
        errors,
      });
      if (errors.length === 0 && checked.success) {
        const data = checked.data;
        apply.push((d) => (existing ? patchVariant(d, existing.id, data) : insertVariant(d, data)));
      }
    }
  } else {
    if (!input.productionId)
      throw new AppError('VALIDATION', 'Choose the production the stock belongs to', {
        issues: [{ path: 'productionId', message: 'Required for a stock import' }],
      });
    getProduction(db, input.productionId);
    const productionId = input.productionId;
    const isCount = has('counted');
    if (!has('code')) fileErrors.push('Missing column "code".');
    if (!isCount && !has('quantity'))
      fileErrors.push('Missing column "quantity" (units received) or "counted" (a stock take).');
    for (const { line, values: v } of parsed.rows) {
      const errors: Row['errors'] = [];
      const variant = v.code ? findVariantByCode(db, v.code) : null;
      if (!variant)
        errors.push({
          column: 'Code',
          message: v.code ? `No variant with code "${v.code}" in the catalog` : 'Code is required',
        });
      const raw = isCount ? v.counted : v.quantity;
      const n = intOrNull(raw ?? '');
      if (n === null || n < (isCount ? 0 : 1) || n > 100_000)
        errors.push({
          column: isCount ? 'Counted' : 'Quantity',
          message: `"${raw ?? ''}" is not a whole number ${isCount ? 'of 0 or more' : 'above zero'}`,
        });
      const code = (v.code ?? '').toLowerCase();
      if (isCount && code && seen.has(code))
        errors.push({ column: 'Code', message: `Counted twice (also row ${seen.get(code)})` });
      seen.set(code, line);
      const note = (v.note ?? '').slice(0, 1000);
      rows.push({
        line,
        action: isCount ? 'count' : 'receive',
        summary: `${variant?.label ?? v.code ?? ''}: ${isCount ? `counted ${raw}` : `+${raw}`}`,
        errors,
      });
      if (errors.length === 0 && variant && n !== null) {
        apply.push((d) =>
          recordInTx(
            d,
            isCount
              ? { kind: 'counted', productionId, variantId: variant.id, counted: n, personId: null, note }
              : { kind: 'received', productionId, variantId: variant.id, quantity: n, note },
          ),
        );
      }
    }
  }
  if (parsed.rows.length === 0 && fileErrors.length === 0) fileErrors.push('The file has a header but no rows.');
  const errorCount = rows.reduce((n, r) => n + r.errors.length, 0) + fileErrors.length;
  return { preview: { kind: input.kind, columns: parsed.columns, rows, errorCount, fileErrors }, apply };
}

export function previewImport(db: Db, input: ImportInput): ImportPreview {
  return plan(db, input).preview;
}

/** All or nothing: any row with an error refuses the file; a rule broken while writing rolls it all back. */
export function runImport(db: Db, input: ImportInput): { imported: number; preview: ImportPreview } {
  return db.transaction(() => {
    const { preview, apply } = plan(db, input);
    if (preview.errorCount > 0)
      throw new AppError(
        'VALIDATION',
        `The file has ${preview.errorCount} problem${preview.errorCount === 1 ? '' : 's'}; nothing was imported.`,
        {
          issues: [
            ...preview.fileErrors.map((message) => ({ path: 'csv', message })),
            ...preview.rows.flatMap((r) =>
              r.errors.map((e) => ({ path: `row ${r.line}.${e.column}`, message: e.message })),
            ),
          ].slice(0, 50),
        },
      );
    apply.forEach((write, i) => {
      try {
        write(db);
      } catch (err) {
        if (err instanceof AppError)
          throw new AppError(err.code, `Row ${preview.rows[i]?.line}: ${err.message} Nothing was imported.`, {
            issues: err.issues ?? [],
          });
        throw err;
      }
    });
    return { imported: apply.length, preview };
  })();
}

const money = (minor: number, currency: string) => minorToDecimal(minor, currency);

export function exportCsv(
  db: Db,
  input: ParsedInput<'stock.exportCsv'>,
): { filename: string; csv: string; rows: number } {
  const production = getProduction(db, input.productionId);
  let header: string[];
  let rows: CsvValue[][];
  let name: string;
  if (input.what === 'stock') {
    name = `${production.title} stock`;
    header = [
      'Code',
      'Item',
      'Type',
      'Size',
      'Skin tone',
      'Material',
      'Adhesive',
      'Care',
      'Unit',
      'Supplier',
      'Unit cost',
      'Currency',
      'Reorder threshold',
      'On hand',
      'Issued',
      'In laundry',
      'Total',
      'Available',
      'Low',
    ];
    rows = listStock(db, input.productionId).map(({ variant: v, figures: f, low }) => [
      v.code,
      v.label,
      v.typeName,
      v.size,
      v.skinTone,
      v.material,
      v.adhesiveType,
      CARE_LABELS[v.care],
      v.unit,
      v.supplier,
      money(v.unitCostMinor, v.currency),
      v.currency,
      v.reorderThreshold,
      f.onHand,
      f.issued,
      f.inLaundry,
      f.total,
      f.available,
      low,
    ]);
  } else if (input.what === 'ledger') {
    name = `${production.title} stock ledger`;
    header = [
      '#',
      'When (UTC)',
      'Movement',
      'Code',
      'Item',
      'Quantity',
      'Change to holding',
      'From',
      'To',
      'Performer',
      'Scene',
      'Counted',
      'Allergy acknowledged',
      'Note',
    ];
    rows = [];
    for (const m of iterateLedger(db, input.productionId))
      rows.push([
        m.seq,
        m.at,
        MOVEMENT_LABELS[m.kind],
        m.variantCode,
        m.variantLabel,
        m.quantity,
        m.totalDelta,
        m.fromState,
        m.toState,
        m.personName,
        m.sceneNumber,
        m.counted,
        m.allergyAcknowledged,
        m.note,
      ]);
  } else if (input.what === 'pull-list') {
    if (!input.date)
      throw new AppError('VALIDATION', 'Choose the shoot day of the pull list', {
        issues: [{ path: 'date', message: 'Required for a pull list' }],
      });
    name = `${production.title} pull list ${input.date}`;
    header = [
      'Scene',
      'Call',
      'Performer',
      'Character',
      'Code',
      'Item',
      'Needed',
      'Issued',
      'Still with performer',
      'To pull',
      'Short',
      'Warnings',
      'Pulled',
    ];
    rows = pullList(db, input.productionId, input.date).lines.map((l) => [
      l.sceneNumber,
      l.callTime,
      l.personName,
      l.characterName,
      l.variant.code,
      l.variant.label,
      l.quantity,
      l.issued,
      l.held,
      l.outstanding,
      l.short,
      [...(l.onHold ? [ON_HOLD_LABEL] : []), ...l.warnings].join(' '),
      l.outstanding === 0 ? 'yes' : '',
    ]);
  } else {
    name = `${production.title} reorder list`;
    header = [
      'Supplier',
      'Code',
      'Item',
      'Available',
      'Reorder threshold',
      'Short in next days',
      'Order quantity',
      'Unit',
      'Unit cost',
      'Line cost',
      'Currency',
    ];
    rows = outlook(db, input.productionId, 5).reorder.flatMap((g) =>
      g.lines.map((l) => [
        g.supplier || 'No supplier recorded',
        l.variant.code,
        l.variant.label,
        l.available,
        l.threshold,
        l.upcomingShort,
        l.quantity,
        l.variant.unit,
        money(l.variant.unitCostMinor, g.currency),
        money(l.costMinor, g.currency),
        g.currency,
      ]),
    );
  }
  return { filename: csvFilename(name), csv: toCsv(header, rows), rows: rows.length };
}
