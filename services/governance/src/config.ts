import { readFileSync } from 'node:fs';
import { baseConfigSchema } from '@cairn/platform';
import { z } from 'zod';
import { AUDIT_GROUP_ID, AUDIT_TOPICS } from './audit/audit.consumer';
import { ed25519PrivateKey } from './audit/signing';

export const GovernanceConfigSchema = baseConfigSchema({ port: 8083, grpcPort: 9083 }).extend({
  /**
   * Path to a PKCS#8 PEM Ed25519 private key (`openssl genpkey -algorithm ed25519`) that signs the audit chain's
   * head in VerifyAudit and the export. Optional: without it both still answer, marked unsigned. Checked at start
   * (readable, Ed25519) so a wrong path fails the boot naming this variable rather than the first VerifyAudit.
   */
  CAIRN_AUDIT_SIGNING_KEY_FILE: z
    .string()
    .trim()
    .min(1)
    .optional()
    .superRefine((file, ctx) => {
      if (file === undefined) return;
      try {
        ed25519PrivateKey(readFileSync(file));
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: `not a readable Ed25519 private key (PKCS#8 PEM): ${(error as Error).message}` });
      }
    }),
  /**
   * The audit consumer's group and topics (audit/audit.module.ts): topics comma-separated, `cairn.serving.events`
   * added when the serving gateway runs. Tests change the group and topic so a governance started on the shared
   * broker never joins the real `governance.audit` group.
   */
  CAIRN_GOVERNANCE_AUDIT_GROUP: z.string().trim().min(1).default(AUDIT_GROUP_ID),
  CAIRN_GOVERNANCE_AUDIT_TOPICS: z
    .string()
    .trim()
    .default(AUDIT_TOPICS.join(','))
    .transform((list) => list.split(',').map((t) => t.trim()).filter(Boolean))
    .refine((topics) => topics.length > 0 && topics.every((t) => /^[A-Za-z0-9._-]{1,249}$/.test(t)), {
      message: 'expected a comma-separated list of Kafka topic names',
    }),
});

export type GovernanceConfig = z.infer<typeof GovernanceConfigSchema>;
