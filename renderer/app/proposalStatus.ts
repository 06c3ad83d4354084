import type { ProposalStatus } from '../../shared/contribution/proposalLife';

/** Each status as the window names it. */
export const STATUS_LABELS: Readonly<Record<ProposalStatus, string>> = {
  draft: 'Draft',
  preliminary: 'Preliminary proposal',
  common: 'Common proposal',
  submitted: 'Submitted',
  adopted: 'Adopted',
  modified: 'Adopted with modifications',
  withdrawn: 'Withdrawn',
  noted: 'Noted',
};

/** A status with the secretariat's number, when it has one: `Submitted · ABC/25/3`. */
export function statusText(status: ProposalStatus, secretariatNumber: string | undefined): string {
  return secretariatNumber ? `${STATUS_LABELS[status]} · ${secretariatNumber}` : STATUS_LABELS[status];
}
