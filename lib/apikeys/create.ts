import type { Executor } from '@/db/client';
import { apiKeys } from '@/db/schema';
import { generateApiKey } from './keys';

export async function insertApiKey(tx: Executor, name: string, createdBy: string | null) {
  const generated = generateApiKey();
  const [row] = await tx
    .insert(apiKeys)
    .values({ name, prefix: generated.prefix, keyHash: generated.keyHash, createdBy })
    .returning({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix, createdAt: apiKeys.createdAt });
  return { ...row, key: generated.key };
}
