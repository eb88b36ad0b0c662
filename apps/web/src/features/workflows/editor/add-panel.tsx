import { Button, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/index.js';
import { builtInKinds, type BuiltInStepKind } from '../definition.js';
import { useEditorContext } from './editor-context.js';

function KindButton({
  label,
  help,
  onClick,
  testId,
}: {
  label: string;
  help: string;
  onClick: () => void;
  testId: string;
}) {
  return (
    <UnstyledButton className="wf-kind-button" onClick={onClick} data-testid={testId}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text size="xs" c="dimmed">
        {help}
      </Text>
    </UnstyledButton>
  );
}

/** The step kinds that may go where the selected "+" is (escalation ladders take actions only). */
export function AddPanel({
  where,
  allowed,
  onAdd,
  headingRef,
}: {
  where: string;
  allowed: readonly BuiltInStepKind[] | 'all';
  onAdd: (kind: string) => void;
  headingRef: React.Ref<HTMLHeadingElement>;
}) {
  const { t } = useTranslation();
  const { pluginTypes, readOnly } = useEditorContext();
  const language = currentLanguage();
  const kinds = allowed === 'all' ? builtInKinds : builtInKinds.filter((kind) => allowed.includes(kind));
  return (
    <Stack gap="xs">
      <Title order={2} size="h4" ref={headingRef} tabIndex={-1}>
        {t('wf.editor.addStepAt', { where })}
      </Title>
      {readOnly ? null : (
        <>
          {kinds.map((kind) => (
            <KindButton
              key={kind}
              label={t(`wf.kind.${kind}`)}
              help={t(`wf.kindHelp.${kind}`)}
              onClick={() => onAdd(kind)}
              testId={`wf-add-${kind}`}
            />
          ))}
          {allowed === 'all' && pluginTypes.length > 0 && (
            <>
              <Text size="xs" fw={700} tt="uppercase" c="dimmed" mt="xs">
                {t('wf.editor.plugin')}
              </Text>
              {pluginTypes.map((type) => (
                <KindButton
                  key={type.kind}
                  label={type.label[language]}
                  help={type.description?.[language] ?? type.kind}
                  onClick={() => onAdd(type.kind)}
                  testId={`wf-add-${type.kind}`}
                />
              ))}
            </>
          )}
        </>
      )}
      {readOnly && <Button disabled>{t('wf.editor.addHere')}</Button>}
    </Stack>
  );
}
