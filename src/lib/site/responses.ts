/** The responses of the site's data files (JSON API, CSV, JSON Schema), each with its content type. */

/** Pretty-printed JSON with a final newline: readable in a browser, diffable between builds. */
export function jsonResponse(value: unknown, contentType = 'application/json'): Response {
  return new Response(`${JSON.stringify(value, null, 2)}\n`, {
    headers: { 'Content-Type': `${contentType}; charset=utf-8` },
  });
}
