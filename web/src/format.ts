// How values are shown to staff: phones in the home region's format, platforms by their configured name.

/** +821012345678 -> 010-1234-5678; other countries stay in E.164, which is unambiguous. */
export function displayPhone(e164: string | null | undefined): string {
  if (!e164) return '';
  if (!e164.startsWith('+82')) return e164;
  const national = '0' + e164.slice(3);
  if (national.startsWith('02')) {
    const rest = national.slice(2);
    return rest.length === 8 ? `02-${rest.slice(0, 4)}-${rest.slice(4)}` : `02-${rest.slice(0, 3)}-${rest.slice(3)}`;
  }
  if (national.length === 11) return `${national.slice(0, 3)}-${national.slice(3, 7)}-${national.slice(7)}`;
  if (national.length === 10) return `${national.slice(0, 3)}-${national.slice(3, 6)}-${national.slice(6)}`;
  return national;
}
