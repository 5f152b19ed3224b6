'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { DomainError } from '@/lib/actions/result';
import { currentTemplates, saveTemplateVersion } from './store';
import { MAX_TEMPLATE_CHARS, templateKinds, templateLocales, templateProblems } from './render';

/**
 * An admin saves a new version of one template. Placeholders the kind cannot fill are refused,
 * naming the field and the placeholder, so a typo never reaches an account as "{hadnle}".
 */
export const saveTemplate = defineAction({
  name: 'templates.save',
  permission: 'templates.edit',
  input: z.object({
    kind: z.enum(templateKinds),
    locale: z.enum(templateLocales),
    body: z.string().max(MAX_TEMPLATE_CHARS + 1000),
  }),
  async run({ tx, input, staff, audit }) {
    const body = input.body.replace(/\r\n/g, '\n').trim();
    const problems = templateProblems(input.kind, body);
    if (problems.length) {
      const messages = problems.map((p) => (p.detail ? `${p.code}:${p.detail}` : p.code));
      throw new DomainError('invalid_input', `Invalid input: body: ${messages.join('; ')}`, { body: messages });
    }
    const before = (await currentTemplates(tx)).find((c) => c.kind === input.kind && c.locale === input.locale)!;
    if (before.body === body) throw new DomainError('invalid_input', 'Invalid input: body: unchanged', { body: ['unchanged'] });
    const version = await saveTemplateVersion(tx, input.kind, input.locale, body, staff.id);
    audit({
      action: 'templates.save', targetType: 'message_template', targetId: `${input.kind}:${input.locale}`,
      before: { version: before.version, body: before.body }, after: { version, body },
    });
    return { kind: input.kind, locale: input.locale, version };
  },
});
