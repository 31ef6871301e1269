/** @module config/schema — the validated shape of Reverie's configuration. */
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65_535);

/** Everything Reverie reads from its environment or config file, after validation. */
export const configSchema = z.object({
  host: z.string().min(1).default('127.0.0.1'),
  port: port.default(4100),
  dataDir: z.string().min(1).default('./.reverie'),
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL (leave it unset for the embedded SQLite file)')
    .optional(),
  apiKey: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Largest request body accepted, in bytes (the wire API allows 32 MB on session create). */
  maxBodyBytes: z.coerce.number().int().positive().default(32 * 1024 * 1024),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  anthropic: z
    .object({ apiKey: z.string().min(1).optional(), baseUrl: z.string().url().optional() })
    .default({}),
  openai: z
    .object({
      baseUrl: z.string().url().optional(),
      apiKey: z.string().min(1).optional(),
      /** `reverie-model=upstream-model` pairs. */
      modelMap: z.record(z.string(), z.string()).default({}),
    })
    .default({ modelMap: {} }),
});

/** Resolved, frozen configuration. */
export type Config = Readonly<z.infer<typeof configSchema>>;
