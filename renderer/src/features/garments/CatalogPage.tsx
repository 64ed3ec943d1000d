import { useEffect, useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { UNIT_LABELS, UNITS, type Unit } from '../../../../shared/garments/rules';
import {
  CARE,
  CARE_LABELS,
  GARMENT_KIND_LABELS,
  GARMENT_KINDS,
  type GarmentKind,
  type Variant,
} from '../../../../shared/garments/schema';
import { decimalToMinor, formatMoney, minorToDecimal } from '../../../../shared/kit/money';
import { type CommandError, run, useCommand, useCommandMutation } from '../../lib/commands';
import { applyServerIssues } from '../../lib/forms';
import { inversePatch } from '../../lib/undo/undo';
import { useUndoable } from '../../lib/undo/undoable';
import { ActionButton } from '../../ui/ActionButton';
import { AppDialog } from '../../ui/AppDialog';
import { FormNumberField, FormSelectField, FormTextField } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import './garments.css';
import { useRefresh } from '../../lib/refresh';
import { ACTIONS, DataTable } from '../../ui/DataTable';
import { ImportDialog } from './ImportDialog';
import { garmentsRefresh } from './queries';

/** `#/catalog`: the vault-wide catalog of item types and variants. */
export function CatalogPage() {
  const types = useCommand('garment.typeList', {});
  const variants = useCommand('garment.variantList', {});
  const [editing, setEditing] = useState<Variant | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const refresh = useRefresh(garmentsRefresh);
  const retire = useCommandMutation('garment.variantDelete', { onSuccess: refresh });
  const perform = useUndoable();
  useEffect(() => {
    document.title = 'Garment catalog · Closed Set';
  }, []);

  return (
    <article className="page page-wide" aria-labelledby="catalog-title">
      <header className="page-header">
        <div className="page-heading">
          <p className="eyebrow">Shared by every production in this vault</p>
          <h1 id="catalog-title" className="page-title">
            Garment catalog
          </h1>
        </div>
        <div className="page-actions">
          <ActionButton onPress={() => setImporting(true)}>Import CSV…</ActionButton>
          <ActionButton variant="primary" onPress={() => setEditing('new')}>
            New variant
          </ActionButton>
        </div>
      </header>
      {variants.isError ? <Notice tone="error">{variants.error.message}</Notice> : null}
      {retire.error ? <Notice tone="error">{retire.error.message}</Notice> : null}
      <div className="table-wrap">
        <DataTable
          columns={[
            'Item',
            'Code',
            'Care',
            'Adhesive',
            'Supplier',
            { label: 'Unit cost', className: 'numeric' },
            { label: 'Reorder below', className: 'numeric' },
            ACTIONS,
          ]}
          rows={variants.data ?? []}
          rowKey={(v) => v.id}
          label="Variants"
          empty={
            variants.data ? 'No variants in the catalog yet. Add one with New variant, or import a CSV.' : undefined
          }
        >
          {(v) => (
            <>
              <td>{v.label}</td>
              <td className="item-code">{v.code}</td>
              <td>{CARE_LABELS[v.care]}</td>
              <td>{v.adhesiveType || (v.isAdhesive ? 'Yes' : '–')}</td>
              <td>{v.supplier || '–'}</td>
              <td className="numeric">{formatMoney(v.unitCostMinor, v.currency)}</td>
              <td className="numeric">{v.reorderThreshold || '–'}</td>
              <td className="actions">
                <ActionButton size="small" variant="quiet" onPress={() => setEditing(v)} aria-label={`Edit ${v.label}`}>
                  Edit
                </ActionButton>
                <ActionButton
                  size="small"
                  variant="quiet"
                  onPress={() =>
                    void perform({
                      label: `${v.label} (${v.code}) retired`,
                      refresh: garmentsRefresh(),
                      run: () => retire.mutateAsync({ id: v.id }),
                      undo: () => run('garment.variantDelete', { id: v.id, deleted: false }),
                    }).catch(() => undefined)
                  }
                  aria-label={`Retire ${v.label}`}
                >
                  Retire
                </ActionButton>
              </td>
            </>
          )}
        </DataTable>
      </div>
      <TypesSection types={types.data ?? []} />
      <AppDialog
        title={editing === 'new' ? 'New variant' : editing ? `Edit ${editing.label}` : 'Variant'}
        isOpen={editing !== null}
        onOpenChange={(open) => {
          if (!open) setEditing(null);
        }}
        size="large"
      >
        {editing ? (
          <VariantForm
            variant={editing === 'new' ? null : editing}
            types={types.data ?? []}
            onDone={() => setEditing(null)}
          />
        ) : null}
      </AppDialog>
      <ImportDialog kind="catalog" isOpen={importing} onOpenChange={setImporting} />
    </article>
  );
}

import { sizeLabel } from '../../lib/labels';

interface VariantValues {
  typeId: string;
  code: string;
  size: string;
  skinTone: string;
  material: string;
  adhesiveType: string;
  care: (typeof CARE)[number];
  unit: Unit;
  supplier: string;
  unitCost: string;
  currency: string;
  reorderThreshold: number;
}

const FIELDS = [
  'typeId',
  'code',
  'size',
  'skinTone',
  'material',
  'adhesiveType',
  'care',
  'unit',
  'supplier',
  'currency',
  'reorderThreshold',
] as const;

function VariantForm({
  variant,
  types,
  onDone,
}: {
  variant: Variant | null;
  types: { id: string; name: string }[];
  onDone: () => void;
}) {
  const refresh = useRefresh(garmentsRefresh);
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const { control, handleSubmit, setError } = useForm<VariantValues>({
    defaultValues: {
      typeId: variant?.typeId ?? '',
      code: variant?.code ?? '',
      size: variant?.size ?? '',
      skinTone: variant?.skinTone ?? '',
      material: variant?.material ?? '',
      adhesiveType: variant?.adhesiveType ?? '',
      care: variant?.care ?? 'washable',
      unit: variant?.unit ?? 'piece',
      supplier: variant?.supplier ?? '',
      unitCost: variant ? minorToDecimal(variant.unitCostMinor, variant.currency) : '0.00',
      currency: variant?.currency ?? 'USD',
      reorderThreshold: variant?.reorderThreshold ?? 0,
    },
  });
  const onError = (prefix: string) => (error: CommandError) => {
    setUnplaced(applyServerIssues(error, setError, FIELDS, prefix));
    if (error.issues.some((i) => i.path.endsWith('unitCostMinor')))
      setError('unitCost', { message: 'Not a valid amount' });
  };
  const done = async () => {
    await refresh();
    onDone();
  };
  const create = useCommandMutation('garment.variantCreate', { onSuccess: done, onError: onError('') });
  const update = useCommandMutation('garment.variantUpdate', { onSuccess: done, onError: onError('patch.') });
  const perform = useUndoable();
  const submit = handleSubmit(({ unitCost, ...v }) => {
    const unitCostMinor = decimalToMinor(unitCost, v.currency.toUpperCase());
    if (unitCostMinor === null) return setError('unitCost', { message: `Write an amount such as 24.00` });
    const values = { ...v, unitCostMinor };
    if (variant) {
      // The inverse sets back only the fields this save changed, to what the dialog opened with.
      const id = variant.id;
      const before: Record<string, unknown> = Object.fromEntries(
        Object.keys(values).map((k) => [k, variant[k as keyof Variant]]),
      );
      const back = inversePatch(before, values as Record<string, unknown>) as typeof values;
      return void perform({
        label: `${variant.label} (${variant.code}) changed`,
        refresh: garmentsRefresh(),
        run: () => update.mutateAsync({ id, patch: values }),
        undo: () => run('garment.variantUpdate', { id, patch: back }),
      }).catch(() => undefined);
    }
    // A new variant's undo retires it; redo restores the same one.
    void perform({
      label: (v) => `${v.label} (${v.code}) added`,
      refresh: garmentsRefresh(),
      run: () => create.mutateAsync(values),
      undo: (v) => run('garment.variantDelete', { id: v.id, deleted: true }),
      redo: (v) => run('garment.variantDelete', { id: v.id, deleted: false }),
    }).catch(() => undefined);
  });
  return (
    <Form className="form" onSubmit={submit} validationBehavior="aria">
      <div className="form-grid">
        <FormSelectField
          control={control}
          name="typeId"
          label="Item type"
          options={types.map((t) => ({ id: t.id, label: t.name }))}
        />
        <FormTextField
          control={control}
          name="code"
          label="Code"
          literal
          description="Your code or the supplier's; CSV imports match on it."
        />
        <FormTextField control={control} name="size" label="Size" />
        <FormTextField control={control} name="skinTone" label="Skin tone" />
        <FormTextField control={control} name="material" label="Material" />
        <FormTextField
          control={control}
          name="adhesiveType"
          label="Adhesive type"
          description="Leave empty when none."
        />
        <FormSelectField
          control={control}
          name="care"
          label="Care"
          options={CARE.map((c) => ({ id: c, label: CARE_LABELS[c] }))}
        />
        <FormSelectField
          control={control}
          name="unit"
          label="Counted by the"
          options={UNITS.map((u) => ({ id: u, label: UNIT_LABELS[u] }))}
        />
        <FormTextField control={control} name="supplier" label="Supplier" />
        <FormTextField control={control} name="unitCost" label="Unit cost" />
        <FormTextField
          control={control}
          name="currency"
          label="Currency"
          literal
          description="ISO code, e.g. USD, GBP, CAD"
        />
        <FormNumberField
          control={control}
          name="reorderThreshold"
          label="Reorder below"
          minValue={0}
          description="0 never flags it as low."
        />
      </div>
      {unplaced.length > 0 ? <Notice tone="error">{unplaced.join(' ')}</Notice> : null}
      <div className="form-actions">
        <ActionButton variant="quiet" onPress={onDone}>
          Cancel
        </ActionButton>
        <ActionButton variant="primary" type="submit" isPending={create.isPending || update.isPending}>
          {variant ? 'Save variant' : 'Add variant'}
        </ActionButton>
      </div>
    </Form>
  );
}

function TypesSection({
  types,
}: {
  types: { id: string; name: string; kind: GarmentKind; sizeKey: string; variantCount: number }[];
}) {
  const refresh = useRefresh(garmentsRefresh);
  const { control, handleSubmit, reset, setError } = useForm<{ name: string; kind: GarmentKind; sizeKey: string }>({
    defaultValues: { name: '', kind: 'other', sizeKey: '' },
  });
  const create = useCommandMutation('garment.typeCreate', {
    onSuccess: async () => {
      reset();
      await refresh();
    },
    onError: (e) => applyServerIssues(e, setError, ['name', 'kind', 'sizeKey']),
  });
  const retire = useCommandMutation('garment.typeDelete');
  const perform = useUndoable();
  // Restoring a retired type is done from Recently deleted (or by undo).
  const retireType = (t: { id: string; name: string }) =>
    void perform({
      label: `Item type ${t.name} retired`,
      refresh: garmentsRefresh(),
      run: () => retire.mutateAsync({ id: t.id, deleted: true }),
      undo: () => run('garment.typeDelete', { id: t.id, deleted: false }),
    }).catch(() => undefined);
  return (
    <section className="card stack" aria-labelledby="types-title">
      <h2 id="types-title" className="card-title">
        Item types
      </h2>
      <DataTable
        columns={['Name', 'Kind', 'Sized by', { label: 'Variants', className: 'numeric' }, ACTIONS]}
        rows={types}
        rowKey={(t) => t.id}
        label="Item types"
        empty="No item types yet. Add one below to group variants."
      >
        {(t) => (
          <>
            <td>{t.name}</td>
            <td>{GARMENT_KIND_LABELS[t.kind]}</td>
            <td>{t.sizeKey ? sizeLabel(t.sizeKey) : 'One size'}</td>
            <td className="numeric">{t.variantCount}</td>
            <td className="actions">
              <ActionButton
                size="small"
                variant="quiet"
                onPress={() => retireType(t)}
                aria-label={`Retire item type ${t.name}`}
              >
                Retire
              </ActionButton>
            </td>
          </>
        )}
      </DataTable>
      {retire.error ? <Notice tone="error">{retire.error.message}</Notice> : null}
      <Form
        className="toolbar"
        onSubmit={handleSubmit(
          (v) =>
            void perform({
              label: (t) => `Item type ${t.name} added`,
              refresh: garmentsRefresh(),
              run: () => create.mutateAsync(v),
              undo: (t) => run('garment.typeDelete', { id: t.id, deleted: true }),
              redo: (t) => run('garment.typeDelete', { id: t.id, deleted: false }),
            }).catch(() => undefined),
        )}
        validationBehavior="aria"
      >
        <FormTextField control={control} name="name" label="New item type" />
        <FormSelectField
          control={control}
          name="kind"
          label="Kind"
          options={GARMENT_KINDS.map((k) => ({ id: k, label: GARMENT_KIND_LABELS[k] }))}
        />
        <FormTextField control={control} name="sizeKey" label="Sized by (person's size)" literal />
        <ActionButton type="submit" isPending={create.isPending}>
          Add type
        </ActionButton>
      </Form>
    </section>
  );
}
