/** Run-sheet blocks more than one workshop theme ends with. */
import type { Text } from '../text';
import type { RunBlock } from '../types';

/**
 * The last twenty minutes of a session: exercises 1–5 of the worksheet in pairs (from minute 100,
 * `show` says how to run them), then exercise 6 as the exit ticket (from minute 115).
 */
export function worksheetThenExitTicket(say: Text['say'], show: string): RunBlock[] {
	return [
		{
			start: 100,
			minutes: 15,
			title: say('Worksheet, in pairs', '练习单，两人一组'),
			show,
			links: []
		},
		{
			start: 115,
			minutes: 5,
			title: say('Wrap-up and exit ticket', '总结与离场小测'),
			show: say('Exercise 6 as the exit ticket.', '第 6 题作为离场小测。'),
			links: []
		}
	];
}
