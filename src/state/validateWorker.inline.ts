/** The validation worker carried inside the script itself, for one-file builds. */
import InlineValidateWorker from './validate.worker.ts?worker&inline';

export function startValidateWorker(): Worker {
  return new InlineValidateWorker();
}
