/**
 * The parts of the search page needed only once there is something to show (results, no-match
 * help, filters). Loaded together with the search engine, so none of it weighs on the first screen.
 */
export { Filters } from './Filters.tsx';
export { NoMatch } from './NoMatch.tsx';
export { ResultList } from './ResultList.tsx';
// Sharing a search (link, QR, print) and the draft list: frontline workers need them, the first screen does not.
export { ShareBar } from '../share/ShareBar.tsx';
export { DraftListBar } from '../share/AddToList.tsx';
