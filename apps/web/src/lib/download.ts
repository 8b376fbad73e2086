/**
 * Saves a blob under `filename` through a temporary link: API downloads need the Authorization header, so the
 * browser cannot be pointed at their URL.
 */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
