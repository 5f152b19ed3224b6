import type { LiveRoomStatus } from '@/db/schema';

export type RankedRoom = { status: LiveRoomStatus; selfHarm: boolean; watched: boolean; intercepted: number; viewers: number; openedAt: Date };

const statusRank: Record<LiveRoomStatus, number> = { live: 0, stopped: 1, ended: 2 };

/**
 * The rooms list: live rooms first; among them self-harm at the top (as in every queue), then rooms
 * hosted by a party to an incident, then by intercepted bullets and viewers; newest opened breaks ties.
 */
export function compareRooms(a: RankedRoom, b: RankedRoom): number {
  return statusRank[a.status] - statusRank[b.status]
    || Number(b.selfHarm) - Number(a.selfHarm)
    || Number(b.watched) - Number(a.watched)
    || b.intercepted - a.intercepted
    || b.viewers - a.viewers
    || b.openedAt.getTime() - a.openedAt.getTime();
}
