import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { Lagging } from './lagging.svelte';

/** Until the next frame has been drawn and the task after it has run. */
const afterNextFrame = () =>
	new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

describe('Lagging', () => {
	it('follows the value at once while near, and one frame later while away', async () => {
		let value = $state(1);
		let near = $state(false);
		let lag: Lagging<number> | undefined;
		const stop = $effect.root(() => {
			lag = new Lagging(
				() => value,
				() => near
			);
		});
		flushSync();
		expect(lag!.current).toBe(1);

		value = 2;
		flushSync();
		expect(lag!.current).toBe(1); // away: the old value for now
		await afterNextFrame();
		expect(lag!.current).toBe(2);

		near = true;
		value = 3;
		flushSync();
		expect(lag!.current).toBe(3); // near: at once

		near = false;
		flushSync();
		expect(lag!.current).toBe(3); // moving away shows no older value

		value = 4;
		value = 5;
		flushSync();
		await afterNextFrame();
		expect(lag!.current).toBe(5); // two quick changes: the last one
		stop();
	});

	it('without a near getter, follows its own near field (what a Part binds)', async () => {
		let value = $state(1);
		let lag: Lagging<number> | undefined;
		const stop = $effect.root(() => {
			lag = new Lagging(() => value);
		});
		flushSync();
		expect(lag!.near).toBe(false);

		value = 2;
		flushSync();
		expect(lag!.current).toBe(1); // away by default
		await afterNextFrame();
		expect(lag!.current).toBe(2);

		lag!.near = true;
		value = 3;
		flushSync();
		expect(lag!.current).toBe(3); // near: at once
		stop();
	});
});
