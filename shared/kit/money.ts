/** Money as integer minor units with an ISO 4217 currency: sums stay exact. */

export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

export function isCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return true;
  } catch {
    return false;
  }
}

/** "60.00" for 6000 USD, "600" for 600 JPY: the plain decimal a spreadsheet reads as a number. */
export function minorToDecimal(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  if (digits === 0) return String(minor);
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  const scale = 10 ** digits;
  return `${sign}${Math.floor(abs / scale)}.${String(abs % scale).padStart(digits, '0')}`;
}

/** "USD 60.00" style, for labels; the locale's own symbol is left to the UI. */
export function formatMoney(minor: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).format(minor / 10 ** minorDigits(currency));
  } catch {
    return `${currency} ${minorToDecimal(minor, currency)}`;
  }
}

/** Parses "60", "60.5", "60.50", "1,060.00" into minor units; null when it is not an amount. */
export function decimalToMinor(text: string, currency: string): number | null {
  const digits = minorDigits(currency);
  const clean = text.trim().replace(/,/g, '');
  const m = /^(\d{1,12})(?:\.(\d+))?$/.exec(clean);
  if (!m) return null;
  const frac = m[2] ?? '';
  if (frac.length > digits) return null;
  return Number(m[1]) * 10 ** digits + Number(frac.padEnd(digits, '0') || '0');
}
