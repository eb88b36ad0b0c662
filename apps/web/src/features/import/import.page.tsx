import {
  Alert,
  Button,
  Card,
  FileInput,
  Group,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Stepper,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outputs } from '../../app/api-types.js';
import { trpc } from '../../app/trpc.js';
import { useFormat } from '../../lib/format.js';
import { readHeader, type Delimiter } from './csv-header.js';

type ObjectType = 'contact' | 'account' | 'deal';
type ImportState = Outputs['imports']['get'];

/** The fields an import can fill, per object (as the server's import knows them). */
const importFields: Record<ObjectType, string[]> = {
  contact: ['firstName', 'lastName', 'middleName', 'position', 'email', 'phone'],
  account: ['name', 'taxId', 'industry', 'region', 'address', 'website', 'phone'],
  deal: ['title', 'amount', 'currency', 'expectedCloseDate', 'stage', 'lostReason'],
};

/** A column named like a field (any case, spaces and underscores ignored) maps to it by default. */
function guess(column: string, fields: string[]): string | null {
  const plain = column.toLowerCase().replace(/[\s_-]/g, '');
  return fields.find((field) => field.toLowerCase() === plain) ?? null;
}

/** Sends the file and options as the REST import expects (multipart: options first, then the file). */
async function upload(file: File, options: Record<string, unknown>): Promise<ImportState> {
  const body = new FormData();
  body.append('options', JSON.stringify(options));
  body.append('file', file);
  const response = await fetch('/api/v1/imports', { method: 'POST', body, credentials: 'same-origin' });
  const json: unknown = await response.json();
  if (!response.ok) {
    const message =
      typeof json === 'object' &&
      json !== null &&
      'error' in json &&
      typeof json.error === 'object' &&
      json.error !== null &&
      'message' in json.error
        ? String(json.error.message)
        : response.statusText;
    throw new Error(message);
  }
  return json as ImportState;
}

/** Upload a CSV, map its columns, check it in a dry run with per-row errors, import, see the summary. */
export function ImportPage() {
  const { t } = useTranslation();
  const [step, setStep] = useState(0);
  const [objectType, setObjectType] = useState<ObjectType>('contact');
  const [file, setFile] = useState<File | null>(null);
  const [columns, setColumns] = useState<string[]>([]);
  const [delimiter, setDelimiter] = useState<Delimiter>(',');
  const [mapping, setMapping] = useState<Record<string, string | null>>({});
  const [importId, setImportId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const customFields = useQuery(trpc.customFields.list.queryOptions({ objectType, limit: '200' }));
  const targets = [
    ...importFields[objectType].map((field) => ({ value: field, label: field })),
    // Fields hidden from the user's role cannot be imported (the API refuses them by column).
    ...(customFields.data?.items ?? [])
      .filter((field) => field.visible)
      .map((field) => ({ value: `cf.${field.key}`, label: field.label })),
  ];
  const state = useQuery({
    ...trpc.imports.get.queryOptions({ id: importId ?? '' }),
    enabled: importId !== null,
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'completed' || status === 'failed' ? false : 500;
    },
  });
  const done = state.data?.status === 'completed' || state.data?.status === 'failed';

  const chooseFile = async (chosen: File | null) => {
    setFile(chosen);
    setError(null);
    if (!chosen) return;
    const header = readHeader(await chosen.slice(0, 64 * 1024).text());
    setColumns(header.columns);
    setDelimiter(header.delimiter);
    setMapping(
      Object.fromEntries(header.columns.map((column) => [column, guess(column, importFields[objectType])])),
    );
    setStep(1);
  };
  const start = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const created = await upload(file, { objectType, mapping, dryRun, delimiter });
      setImportId(created.id);
      setStep(dryRun ? 2 : 3);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      setBusy(false);
    }
  };
  const reset = () => {
    setStep(0);
    setFile(null);
    setColumns([]);
    setImportId(null);
    setError(null);
  };

  return (
    <Stack maw={960}>
      <Title order={1} size="h2">
        {t('import.title')}
      </Title>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Stepper active={step} allowNextStepsSelect={false}>
        <Stepper.Step label={t('import.upload')}>
          <Stack mt="md" maw={420}>
            <Select
              label={t('import.object')}
              allowDeselect={false}
              value={objectType}
              data={[
                { value: 'contact', label: t('nav.contacts') },
                { value: 'account', label: t('nav.accounts') },
                { value: 'deal', label: t('nav.deals') },
              ]}
              onChange={(value) => setObjectType(value === 'account' || value === 'deal' ? value : 'contact')}
            />
            <FileInput
              label={t('import.choose')}
              accept=".csv,text/csv"
              value={file}
              onChange={(chosen) => void chooseFile(chosen)}
              data-testid="import-file"
            />
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={t('import.map')}>
          <Table mt="md" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('import.column')}</Table.Th>
                <Table.Th>{t('import.target')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {columns.map((column) => (
                <Table.Tr key={column}>
                  <Table.Td>{column}</Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={`${t('import.target')}: ${column}`}
                      placeholder={t('import.skip')}
                      clearable
                      value={mapping[column] ?? null}
                      data={targets}
                      onChange={(value) => setMapping((current) => ({ ...current, [column]: value }))}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group mt="md">
            <Button variant="default" onClick={reset}>
              {t('common.back')}
            </Button>
            <Button loading={busy} onClick={() => void start(true)}>
              {t('import.dryRun')}
            </Button>
          </Group>
        </Stepper.Step>
        <Stepper.Step label={t('import.dryRun')}>
          <Stack mt="md">
            <ImportProgress state={state.data} />
            {done && state.data && <RowErrors state={state.data} />}
            <Group>
              <Button variant="default" onClick={() => setStep(1)}>
                {t('common.back')}
              </Button>
              <Button loading={busy} disabled={!done} onClick={() => void start(false)}>
                {t('import.run')}
              </Button>
            </Group>
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={t('import.summary')}>
          <Stack mt="md">
            <ImportProgress state={state.data} />
            {done && state.data && <RowErrors state={state.data} />}
            <Button variant="default" onClick={reset} w="fit-content">
              {t('import.again')}
            </Button>
          </Stack>
        </Stepper.Step>
      </Stepper>
    </Stack>
  );
}

function ImportProgress({ state }: { state: ImportState | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!state) return <Progress value={0} animated aria-label={t('import.progress')} />;
  const percent =
    state.totalRows > 0
      ? (state.processedRows / state.totalRows) * 100
      : state.status === 'completed'
        ? 100
        : 0;
  const figures: [string, number][] = [
    [t('import.total'), state.totalRows],
    [t('import.created'), state.createdRows],
    [t('import.updated'), state.updatedRows],
    [t('import.failed'), state.errorRows],
  ];
  return (
    <Stack gap="xs" data-testid="import-progress">
      <Progress
        value={percent}
        animated={state.status === 'running' || state.status === 'pending'}
        aria-label={t('import.progress')}
      />
      <SimpleGrid cols={4}>
        {figures.map(([label, value]) => (
          <Card key={label} withBorder p="xs">
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text fw={700}>{format.number(value)}</Text>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function RowErrors({ state }: { state: ImportState }) {
  const { t } = useTranslation();
  if (state.errors.length === 0) return <Alert color="green">{t('import.noErrors')}</Alert>;
  return (
    <Stack gap="xs">
      <Text fw={600}>{t('import.rowErrors')}</Text>
      <Table withTableBorder striped data-testid="import-errors">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('import.row')}</Table.Th>
            <Table.Th>{t('import.target')}</Table.Th>
            <Table.Th>{t('import.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {state.errors.map((rowError, index) => (
            <Table.Tr key={`${rowError.row}-${rowError.field}-${index}`}>
              <Table.Td>{rowError.row}</Table.Td>
              <Table.Td>{rowError.column ?? rowError.field}</Table.Td>
              <Table.Td>{rowError.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
