/** The short reference the platform shows the user for a sanction, and that an appeal may quote. */
export function sanctionReference(sanctionId: string): string {
  return `SAN-${sanctionId.replace(/-/g, '').slice(0, 8).toUpperCase()}`;
}
