/** Save text as a file through the browser: nothing is sent anywhere. */
export function download(name: string, csv: string) {
  // The text already starts with a BOM; a Blob of a string is UTF-8, so Excel opens the Chinese correctly.
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
