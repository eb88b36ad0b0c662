import { Alert, Center, Group, Paper, Select, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, languages, setLanguage, type Language } from '../../i18n/index.js';

/** The frame of the signed-out pages, with the language choice (before any profile exists). */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" bg="gray.0" component="main">
      <Paper withBorder shadow="sm" p="xl" w={420} radius="md">
        <Group justify="space-between" mb="lg">
          <Title order={1} size="h3">
            {title}
          </Title>
          <Select
            aria-label={t('shell.language')}
            size="xs"
            w={110}
            allowDeselect={false}
            value={currentLanguage()}
            data={languages.map((language) => ({ value: language, label: t(`language.${language}`) }))}
            onChange={(value) => {
              if (value === 'en' || value === 'ru') void setLanguage(value satisfies Language);
            }}
          />
        </Group>
        {children}
      </Paper>
    </Center>
  );
}

/** The form's refusal that names no field (wrong password, used link), announced to screen readers. */
export function FormAlert({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <Alert color="red" role="alert">
      {message}
    </Alert>
  );
}
