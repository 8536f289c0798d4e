/** zod schemas for what a deck may contain. The parser builds plain objects; these decide what is valid. */
import { z } from 'zod';

export const difficultySchema = z.enum(['easy', 'medium', 'hard']);

export const frontMatterSchema = z
  .object({
    title: z.string().min(1).optional(),
    topic: z.string().min(1).optional(),
    tags: z.array(z.string().min(1)).optional(),
  })
  .strict();

const url = z
  .string()
  .regex(/^https?:\/\/[^\s/]+\.[^\s]+$/, 'must be a full http(s) URL');

export const choiceSchema = z.object({ text: z.string().min(1, 'a choice has no text'), correct: z.boolean() });

export const cardSchema = z
  .object({
    id: z.string().min(1),
    deck: z.string().min(1),
    topic: z.string().min(1),
    title: z.string().min(1, 'the heading has no title'),
    question: z.string().min(1, 'the question is empty'),
    answer: z.string().min(1, 'missing **Answer:** (or it is empty)'),
    tags: z.array(z.string().min(1)),
    aliases: z.array(z.string().min(1)).min(1, '**Aliases:** is empty').optional(),
    replaces: z
      .array(z.string().regex(/^[^#\s][^#]*#[a-z0-9]+(-[a-z0-9]+)*$/, 'each id must look like deck#card-slug (the deck file name, "#", the slug of the title)'))
      .min(1, '**Replaces:** is empty')
      .optional(),
    difficulty: difficultySchema.optional(),
    sources: z.array(url),
    choices: z
      .array(choiceSchema)
      .refine((cs) => cs.length === 0 || cs.length >= 2, 'a choice list needs at least two choices')
      .refine((cs) => cs.length === 0 || cs.some((c) => c.correct), 'the choice list has no correct answer (mark one with "- [x]")')
      .refine((cs) => cs.length === 0 || cs.some((c) => !c.correct), 'every choice is marked correct; mark the wrong ones with "- [ ]"'),
    explanation: z.string().min(1).optional(),
    file: z.string(),
    line: z.number().int().positive(),
  })
  .strict();

export type CardInput = z.input<typeof cardSchema>;
