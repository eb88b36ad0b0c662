import { AppError } from '../errors/index.js';
import { activityTimelineSource } from './activity-source.js';
import { auditTimelineSource } from './audit-source.js';
import { ownershipTimelineSource } from './ownership-source.js';
import type { TimelineSource } from './timeline.types.js';

/** The sources the core provides: activities, record changes (audit log) and owner changes. */
export const builtInTimelineSources: readonly TimelineSource[] = [
  activityTimelineSource,
  auditTimelineSource,
  ownershipTimelineSource,
];

/** The sources a timeline is merged from: the extension point for plugins' event kinds. */
export interface TimelineRegistry {
  readonly sources: readonly TimelineSource[];
}

const sourceName = /^[a-z][a-z0-9_.-]{0,62}$/;

/** The core's sources plus `extra` ones (a plugin's), each name used once. */
export function timelineRegistry(extra: readonly TimelineSource[] = []): TimelineRegistry {
  const sources = [...builtInTimelineSources, ...extra];
  const names = new Set<string>();
  for (const source of sources) {
    if (!sourceName.test(source.name) || names.has(source.name)) {
      throw new AppError('INTERNAL', `Timeline source "${source.name}" is misnamed or registered twice`);
    }
    names.add(source.name);
  }
  return { sources };
}
