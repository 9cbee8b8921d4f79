import { confirmableFields, policyFieldLabels, type ConfirmableField, type Policy } from './schema.ts';

/** A header fact HR has still to confirm, with the value the site holds meanwhile. */
export interface PendingFact {
  field: ConfirmableField;
  /** Its name on the page, e.g. 主管部門. */
  label: string;
  /** The provisional value in the frontmatter, shown on 待補資料 so HR sees what to confirm or correct. */
  value: string;
}

export function isUnconfirmed(policy: Pick<Policy, 'unconfirmed'>, field: ConfirmableField): boolean {
  return policy.unconfirmed?.includes(field) ?? false;
}

/** The facts of one policy still to confirm, in header order. */
export function pendingFacts(policy: Policy): PendingFact[] {
  return confirmableFields
    .filter((field) => isUnconfirmed(policy, field))
    .map((field) => ({ field, label: policyFieldLabels[field], value: policy[field] }));
}
