/**
 * The console's public origin (PUBLIC_URL, e.g. https://bulwark.example.org) for absolute links that
 * leave the request: the transparency feed and the sign-in callback. Behind a proxy the request's
 * own URL says localhost; without the setting the request's origin is the best there is.
 */
export function publicOrigin(requestUrl?: string): string {
  const configured = process.env.PUBLIC_URL?.trim();
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      throw new Error(`PUBLIC_URL is not an absolute URL: ${configured}`);
    }
  }
  return requestUrl ? new URL(requestUrl).origin : 'http://localhost:3000';
}
