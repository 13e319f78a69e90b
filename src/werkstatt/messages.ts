/** What the page and the Werkstatt's worker say to each other. */
import type { FeedDiff } from '../admin/feed-diff.js';
import type { DroppedFile, Progress, WerkstattResult } from './pipeline.js';

export type ToWorker =
  | { type: 'run'; id: number; files: DroppedFile[]; now: string; allowUnknown: boolean; gemeindenUrl: string }
  | { type: 'compare'; id: number; before: string; after: string };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'progress'; id: number; progress: Progress }
  | { type: 'result'; id: number; result: WerkstattResult }
  | { type: 'compared'; id: number; diff: FeedDiff | undefined }
  | { type: 'failed'; id: number; message: string };
