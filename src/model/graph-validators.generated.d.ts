// Types of the Ajv standalone validators in graph-validators.generated.js (written by `npm run schema:compile`).
import type { ErrorObject } from "ajv";

/** An Ajv standalone validator: true when valid; otherwise `errors` holds the first error (allErrors is off). */
export interface StandaloneValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export const validateGraphFile: StandaloneValidator;
export const validateGraphSummary: StandaloneValidator;
export const validateEvidenceShard: StandaloneValidator;
