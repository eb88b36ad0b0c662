import { createContext, useContext } from 'react';
import type { PluginStepType } from './step-label.js';

export interface EditorContextValue {
  pluginTypes: readonly PluginStepType[];
  readOnly: boolean;
}

export const EditorContext = createContext<EditorContextValue>({ pluginTypes: [], readOnly: false });

export const useEditorContext = () => useContext(EditorContext);
