import type { ReactNode } from 'react';
import type { ContributionStore } from '../store/contributionStore';
import { useStore } from '../store/useStore';
import { t } from './uiLanguage';

/** An error to dismiss, a message (About, a version recorded), and what the host said when the document opened. */
export function Notices({ store }: { store: ContributionStore }): ReactNode {
  const error = useStore(store, (s) => s.error);
  const notice = useStore(store, (s) => s.notice);
  const recovered = useStore(store, (s) => s.recovered);
  const fileNotices = useStore(store, (s) => s.fileNotices);
  return (
    <>
      {error && (
        <div className="error" role="alert">
          {error}
          <button type="button" className="btn btn-quiet" onClick={() => store.fail(null)}>
            {t('common.dismiss')}
          </button>
        </div>
      )}
      {notice && (
        <div className="notice" role="status" data-testid="about">
          {notice}{' '}
          <button type="button" className="btn" onClick={() => store.tell(null)}>
            {t('common.ok')}
          </button>
        </div>
      )}
      {recovered && (
        <div className="notice" role="status" data-testid="recovered">
          {recovered.message}{' '}
          <button type="button" className="btn" onClick={() => store.dismissOpenNotices('recovered')}>
            {t('common.dismiss')}
          </button>
        </div>
      )}
      {fileNotices && (
        <div className="notice" role="status" data-testid="file-notices">
          {fileNotices.join(' ')}{' '}
          <button type="button" className="btn" onClick={() => store.dismissOpenNotices('fileNotices')}>
            {t('common.dismiss')}
          </button>
        </div>
      )}
    </>
  );
}
