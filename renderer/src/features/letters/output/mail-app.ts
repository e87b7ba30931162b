/**
 * Hands a mailto: link to the system's email app. The desktop shell sends mailto: to the
 * mail app instead of navigating (see electron/main/security.ts); a browser does the same.
 * An object, so tests can watch the call instead of navigating.
 */
export const mailApp = {
  open(url: string): void {
    window.location.href = url;
  },
};

/** Puts text on the clipboard; false when the system refused (no permission, no clipboard). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
