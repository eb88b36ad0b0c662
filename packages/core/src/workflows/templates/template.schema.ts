import { z } from 'zod';

const localized = z.object({ en: z.string(), ru: z.string() });

export const templateOutput = z.object({
  id: z.string(),
  name: localized,
  description: localized,
  triggerType: z.string(),
  definition: z.record(z.string(), z.unknown()),
});
export type TemplateOutput = z.infer<typeof templateOutput>;

export const installTemplateInput = z.strictObject({
  id: z.string().min(1).max(100),
  name: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: "default: the template's name in the workspace language" }),
  publish: z.boolean().default(false).meta({ description: 'publish at once (default: install as a draft)' }),
});
export type InstallTemplateInput = z.infer<typeof installTemplateInput>;
