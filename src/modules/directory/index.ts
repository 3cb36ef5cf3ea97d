// Public face of the directory module (national focal points): other modules import from here only.
export { addEntry } from './add-entry.js';
export { confirmEntry } from './confirm-entry.js';
export {
  AddEntryInput,
  DirectoryStateNotFoundError,
  EntryNotFoundError,
  UpdateEntryInput,
} from './inputs.js';
export { canReadWholeDirectory, canWriteDirectoryOf, mayWriteDirectory } from './policy.js';
export { type DirectoryFilter, type EntryView, getEntry, listEntries } from './queries.js';
export { directoryRegistration } from './registration.js';
export { removeEntry } from './remove-entry.js';
export { directoryRoutes, parseDirectoryFilter } from './routes.js';
export { updateEntry } from './update-entry.js';
export { canSeeEntry, type EntryVisibility, readerReach } from './visibility.js';
export { type DirectoryArea, directoryAreas, workLanguages } from './vocabulary.js';
