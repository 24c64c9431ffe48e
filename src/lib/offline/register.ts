/**
 * Registers the service worker (src/service-worker.ts), which downloads the whole site for offline
 * use: about 1 MB compressed. That download must not compete with a visitor's first seconds on
 * the page, so it starts only once the page has loaded and the visitor has paused (no pointer, key,
 * input or scroll event) for `quietMs`, and then when the browser is idle. A visitor who keeps
 * working simply gets it at the next pause; one who leaves at once gets it on the next visit.
 */
const activity = ['pointerdown', 'keydown', 'input', 'scroll', 'wheel'] as const;

export function registerWhenQuiet(url: string, quietMs = 3000): void {
	if (!('serviceWorker' in navigator)) return;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const options = { capture: true, passive: true } as const;
	const register = () => {
		navigator.serviceWorker.register(url).catch(() => {
			// Offline copies are a bonus: private windows and some policies refuse them.
		});
	};
	const fire = () => {
		for (const type of activity) removeEventListener(type, arm, options);
		if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 5000 });
		else register();
	};
	function arm() {
		clearTimeout(timer);
		timer = setTimeout(fire, quietMs);
	}
	for (const type of activity) addEventListener(type, arm, options);
	if (document.readyState === 'complete') arm();
	else addEventListener('load', arm, { once: true });
}
