import { notifications } from '@mantine/notifications';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors.js';

/**
 * Saves a change to a record with its version (`expectedVersion`). A 409 means someone changed it
 * meanwhile: the latest version is fetched and the user is told to apply the change again.
 */
export function useRecordUpdate(recordKey: QueryKey, timelineKey: QueryKey) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return async <T>(save: () => Promise<T>): Promise<T> => {
    try {
      const saved = await save();
      queryClient.setQueryData(recordKey, saved);
      await queryClient.invalidateQueries({ queryKey: timelineKey });
      await queryClient.invalidateQueries({ queryKey: ['list'] });
      return saved;
    } catch (error) {
      const described = describeError(error);
      if (described.code === 'CONFLICT') {
        await queryClient.invalidateQueries({ queryKey: recordKey });
        notifications.show({ color: 'orange', message: t('record.conflict') });
      }
      throw new Error(described.fields[0]?.message ?? described.message);
    }
  };
}
