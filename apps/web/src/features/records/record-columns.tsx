import type { TFunction } from 'i18next';
import type { DateInput } from '../../lib/format.js';
import { MemberName } from './member-name.js';
import type { ListColumn, ListRow } from './record-list.types.js';

interface OwnedRow extends ListRow {
  updatedAt: DateInput;
  createdAt: DateInput;
}

/** The columns every record list has, after its own: owner, last change and creation. */
export function ownerAndDateColumns<T extends OwnedRow>(t: TFunction): ListColumn<T>[] {
  return [
    {
      id: 'owner',
      label: t('fields.owner'),
      width: 160,
      render: (row) => <MemberName userId={row.ownerId} />,
    },
    {
      id: 'updatedAt',
      label: t('fields.updatedAt'),
      width: 170,
      render: (row, f) => f.dateTime(row.updatedAt),
    },
    {
      id: 'createdAt',
      label: t('fields.createdAt'),
      width: 170,
      render: (row, f) => f.dateTime(row.createdAt),
    },
  ];
}
