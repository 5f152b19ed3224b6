'use client';

import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { MediaTile } from '@/lib/media/tiles';
import type { MediaTreatment } from '@/lib/wellness/media';

/**
 * The reported pictures and videos, through the console's media proxy. Blurred or greyscale first
 * as the reviewer's wellness preference and the category say; each item is revealed on its own, by
 * click or keyboard (the cover is a button). A file the proxy refuses (a changed file, a wrong type)
 * shows the reason in its place.
 */
export function MediaGallery({ tiles, treatment, sensitive }: { tiles: MediaTile[]; treatment: MediaTreatment; sensitive: boolean }) {
  const t = useTranslations('wellness.media');
  if (!tiles.length) return null;
  return (
    <section aria-label={t('title')} data-testid="media-gallery" className="mt-3">
      <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t('title')}</h3>
      <ul className="mt-1 grid grid-cols-1 gap-2 sm:grid-cols-2">
        {tiles.map((tile, i) => <li key={tile.src}><Tile tile={tile} n={i + 1} treatment={treatment} sensitive={sensitive} /></li>)}
      </ul>
    </section>
  );
}

const knownRefusals = new Set(['hash_mismatch', 'private_address', 'bad_type', 'kind_mismatch', 'too_large', 'unreachable', 'timeout', 'status', 'bad_url', 'bad_scheme', 'credentials', 'evidence_tampered', 'forbidden', 'not_found', 'unauthenticated']);

function Tile({ tile, n, treatment, sensitive }: { tile: MediaTile; n: number; treatment: MediaTreatment; sensitive: boolean }) {
  const t = useTranslations('wellness.media');
  const [revealed, setRevealed] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const covered = !revealed && treatment.blurred;
  const filter = revealed ? 'none' : [treatment.blurred ? 'blur(24px)' : '', treatment.greyscale ? 'grayscale(1)' : ''].filter(Boolean).join(' ') || 'none';
  const label = t('alt', { kind: tile.kind, n });

  // The element only says that it failed; the proxy's answer says why, in a code we translate.
  const explain = async () => {
    try {
      const res = await fetch(tile.src, { cache: 'no-store' });
      const body = res.ok ? null : ((await res.json().catch(() => null)) as { error?: string } | null);
      setRefusal(body?.error && knownRefusals.has(body.error) ? body.error : 'unreachable');
    } catch {
      setRefusal('unreachable');
    }
  };

  // An error before hydration reaches no handler: look at the element once React has it.
  const imgRef = useRef<HTMLImageElement>(null);
  const videoRef = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const broken = (imgRef.current?.complete && imgRef.current.naturalWidth === 0) || videoRef.current?.error || videoRef.current?.networkState === 3;
    if (broken) void explain();
    // Once, on mount: later failures arrive through onError.
  }, []);

  if (refusal) {
    return (
      <div role="alert" data-testid="media-refused" data-reason={refusal} className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
        <p className="font-medium">{label}</p>
        <p>{t(`refused.${refusal}` as 'refused.hash_mismatch')}</p>
      </div>
    );
  }
  return (
    <figure className="relative overflow-hidden rounded border border-slate-200 bg-slate-900" data-testid="media-item" data-kind={tile.kind} data-covered={covered ? 'true' : 'false'} data-greyscale={!revealed && treatment.greyscale ? 'true' : 'false'}>
      {tile.kind === 'video' ? (
        <video ref={videoRef} src={tile.src} aria-label={label} controls={!covered} preload="metadata" playsInline className="block max-h-80 w-full object-contain" style={{ filter }} onError={explain} tabIndex={covered ? -1 : undefined} />
      ) : (
        // A plain img: next/image would re-encode the evidence, and the bytes are already same-origin.
        <img ref={imgRef} src={tile.src} alt={label} loading="lazy" className="block max-h-80 w-full object-contain" style={{ filter }} onError={explain} />
      )}
      {covered ? (
        <button
          type="button"
          onClick={() => setRevealed(true)}
          className="absolute inset-0 flex min-h-11 w-full flex-col items-center justify-center gap-1 bg-slate-900/40 p-3 text-center text-sm font-medium text-white focus:outline-none focus-visible:ring-4 focus-visible:ring-inset focus-visible:ring-amber-400"
        >
          <span>{sensitive ? t('sensitive') : t('hidden')}</span>
          <span className="rounded bg-white/90 px-3 py-1.5 text-slate-900">{t('reveal', { kind: tile.kind })}</span>
        </button>
      ) : (
        <figcaption className="flex flex-wrap items-center gap-2 bg-white px-2 py-1 text-xs text-slate-600">
          <span>{label}</span>
          {(revealed || treatment.greyscale) && (
            <button type="button" className="ml-auto min-h-8 rounded px-2 text-brand-700 hover:underline focus-visible:ring-2 focus-visible:ring-brand-600" onClick={() => setRevealed((r) => !r)}>
              {revealed ? t('hideAgain') : t('inColour')}
            </button>
          )}
        </figcaption>
      )}
    </figure>
  );
}
