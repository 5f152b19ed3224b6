// Moved to components/ui/use-action.ts (the one feedback pattern for every console action). Kept for
// branches written before the move; delete once they are merged.
export { useAction, useErrorText } from '@/components/ui/use-action';
