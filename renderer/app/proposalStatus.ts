import type { ProposalStatus } from '../../shared/contribution/proposalLife';
import { t } from './uiLanguage';

/** Each status as the window names it. */
export const STATUS_LABELS: Readonly<Record<ProposalStatus, string>> = {
  get draft() {
    return t('status.draft');
  },
  get preliminary() {
    return t('status.preliminary');
  },
  get common() {
    return t('status.common');
  },
  get submitted() {
    return t('status.submitted');
  },
  get adopted() {
    return t('status.adopted');
  },
  get modified() {
    return t('status.modified');
  },
  get withdrawn() {
    return t('status.withdrawn');
  },
  get noted() {
    return t('status.noted');
  },
};

/** A status with the secretariat's number, when it has one: `Submitted · ABC/25/3`. */
export function statusText(status: ProposalStatus, secretariatNumber: string | undefined): string {
  return secretariatNumber ? t('status.withNumber', { status: STATUS_LABELS[status], number: secretariatNumber }) : STATUS_LABELS[status];
}
