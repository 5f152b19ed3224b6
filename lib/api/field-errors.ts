import type { z } from 'zod';

/** One bad field of a request, by dotted path relative to the thing validated (e.g. "subject.text"). */
export type FieldError = { field: string; message: string };

const join = (path: PropertyKey[]) => path.map(String).join('.');

/** Every zod issue as a field error; an unknown key is named itself rather than its parent object. */
export function toFieldErrors(error: z.ZodError, prefix: PropertyKey[] = []): FieldError[] {
  return error.issues.flatMap((issue): FieldError[] => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: join([...path, key]), message: `Unknown field "${key}"` }));
    }
    return [{ field: path.length ? join(path) : '(body)', message: issue.message }];
  });
}
