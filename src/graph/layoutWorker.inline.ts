/**
 * The layout worker carried inside the script itself (a blob URL), for builds served from
 * another origin or from `file://`, where a worker file beside the script cannot be started.
 */
import InlineLayoutWorker from './layout.worker.ts?worker&inline';

export function startLayoutWorker(): Worker {
  return new InlineLayoutWorker();
}
