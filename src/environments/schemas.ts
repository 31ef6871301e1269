/** @module environments/schemas — request schemas for environments (wire-api §2.2). */
import { z } from 'zod';
import { metadataPatchSchema, metadataSchema } from '../shared/wire-schemas.js';

const hostList = z.array(z.string().min(1).max(253)).max(256);
const packageList = z.array(z.string().min(1).max(256)).max(256);

const networkingSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('unrestricted') }),
  z.object({
    type: z.literal('limited'),
    allowed_hosts: hostList.nullish(),
    allow_mcp_servers: z.boolean().nullish(),
    allow_package_managers: z.boolean().nullish(),
  }),
]);

export const environmentConfigSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('cloud'),
    networking: networkingSchema.nullish(),
    packages: z
      .object({
        type: z.literal('packages').optional(),
        apt: packageList.nullish(),
        cargo: packageList.nullish(),
        gem: packageList.nullish(),
        go: packageList.nullish(),
        npm: packageList.nullish(),
        pip: packageList.nullish(),
      })
      .nullish(),
  }),
  z.object({ type: z.literal('self_hosted') }),
]);
export type EnvironmentConfigParams = z.infer<typeof environmentConfigSchema>;

const scopeSchema = z.enum(['organization', 'account']).nullish();

export const environmentCreateSchema = z.object({
  name: z.string().min(1).max(256),
  description: z.string().max(2048).nullish(),
  config: environmentConfigSchema.nullish(),
  metadata: metadataSchema.optional(),
  scope: scopeSchema,
});
export type EnvironmentCreateParams = z.infer<typeof environmentCreateSchema>;

export const environmentUpdateSchema = z.object({
  name: z.string().min(1).max(256).nullish(),
  description: z.string().max(2048).nullish(),
  config: environmentConfigSchema.nullish(),
  metadata: metadataPatchSchema.nullish(),
  scope: scopeSchema,
});
export type EnvironmentUpdateParams = z.infer<typeof environmentUpdateSchema>;
