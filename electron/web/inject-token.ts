/** The token reaches the page only through this tag, written into index.html as it is served. */
export function injectToken(html: string, token: string): string {
  const meta = `<meta name="planwright-token" content="${token}">`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) throw new Error('index.html has no <head>: cannot hand the page its token');
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
}
