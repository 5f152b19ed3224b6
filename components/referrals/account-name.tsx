import Link from 'next/link';

/** Platform names are hostile text: plain text only, wrapped. */
export function AccountName({ id, handle, displayName }: { id: string; handle: string | null; displayName: string | null }) {
  return (
    <span className="block max-w-xs whitespace-pre-wrap break-words">
      <Link className="font-medium text-brand-700 hover:underline" href={`/accounts/${encodeURIComponent(id)}`}>{displayName || handle || id}</Link>
      {handle && <span className="block text-xs text-slate-500">@{handle.replace(/^@/, '')}</span>}
    </span>
  );
}
