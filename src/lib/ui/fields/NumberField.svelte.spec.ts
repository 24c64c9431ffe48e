import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import NumberField from './NumberFieldHarness.svelte';

/** The bound value as the harness shows it. */
const bound = (screen: Awaited<ReturnType<typeof render>>) => screen.getByText(/^Bound value:/);

describe('NumberField', () => {
	it('is a labelled text box with a slider, and typing a valid number updates the value', async () => {
		const screen = await render(NumberField, { label: 'Spend per year', value: 120, max: 10_000 });
		const box = screen.getByRole('textbox', { name: 'Spend per year' });
		await expect.element(box).toHaveValue('120');
		await expect
			.element(screen.getByRole('slider', { name: 'Spend per year (slider)' }))
			.toBeVisible();
		await box.fill('250.5');
		await expect.element(bound(screen)).toHaveTextContent('Bound value: 250.5');
		await expect.element(box).not.toHaveAttribute('aria-invalid');
	});

	it('explains bad text in the page’s language, linked to the box, and keeps the last valid value', async () => {
		const screen = await render(NumberField, { label: 'Spend', value: 120, min: 0, max: 1000 });
		const box = screen.getByRole('textbox', { name: 'Spend' });
		const cases = [
			['', 'Enter a value.'],
			['abc', 'Enter a number using digits, for example 12.5.'],
			['-5', 'Must be at least 0.'],
			['5000', 'Must be at most 1,000.'],
			['1e309', 'That number is too large. The largest allowed is 1,000.']
		] as const;
		for (const [text, message] of cases) {
			await box.fill(text);
			await expect.element(box).toHaveAttribute('aria-invalid', 'true');
			await expect
				.element(box)
				.toHaveAccessibleDescription(new RegExp(message.replace('.', '\\.')));
			await expect.element(screen.getByText(`Validity: ${message}`)).toBeVisible();
			await expect
				.element(screen.getByText('The result still shows your last valid input.'))
				.toBeVisible();
			await expect.element(bound(screen)).toHaveTextContent('Bound value: 120');
		}
		await box.fill('30');
		await expect.element(box).not.toHaveAttribute('aria-invalid');
		await expect.element(screen.getByText('Validity: valid')).toBeVisible();
		await expect.element(bound(screen)).toHaveTextContent('Bound value: 30');
	});

	it('offers a one-click fix for thousands separators and full-width digits', async () => {
		const screen = await render(NumberField, { label: 'Spend', value: 1, max: 1e6 });
		const box = screen.getByRole('textbox', { name: 'Spend' });
		await box.fill('1,000');
		await screen.getByRole('button', { name: 'Use 1000' }).click();
		await expect.element(box).toHaveValue('1000');
		await expect.element(bound(screen)).toHaveTextContent('Bound value: 1000');
		await box.fill('１２３');
		await screen.getByRole('button', { name: 'Use 123' }).click();
		await expect.element(bound(screen)).toHaveTextContent('Bound value: 123');
	});

	it('shows a rate as percent and returns the rate', async () => {
		const screen = await render(NumberField, { label: 'Retention', kind: 'percent', value: 0.8 });
		const box = screen.getByRole('textbox', { name: 'Retention' });
		await expect.element(box).toHaveValue('80');
		await box.fill('95');
		await expect.element(bound(screen)).toHaveTextContent('Bound value: 0.95');
		await box.fill('120');
		await expect.element(box).toHaveAccessibleDescription(/^Must be at most 100%\./);
		await expect.element(bound(screen)).toHaveTextContent('Bound value: 0.95');
	});

	it('refuses fractions in a whole-number field', async () => {
		const screen = await render(NumberField, {
			label: 'Years',
			kind: 'count',
			value: 5,
			min: 1,
			max: 50
		});
		await screen.getByRole('textbox', { name: 'Years' }).fill('2.5');
		await expect.element(screen.getByText('Validity: Enter a whole number.')).toBeVisible();
		await expect.element(bound(screen)).toHaveTextContent('Bound value: 5');
	});

	it('follows a value set from outside (a preset or reset) and clears its message', async () => {
		const screen = await render(NumberField, { label: 'Spend', value: 120, preset: 640 });
		const box = screen.getByRole('textbox', { name: 'Spend' });
		await box.fill('abc');
		await expect.element(box).toHaveAttribute('aria-invalid', 'true');
		await screen.getByRole('button', { name: 'Apply preset' }).click();
		await expect.element(box).toHaveValue('640');
		await expect.element(box).not.toHaveAttribute('aria-invalid');
		await expect.element(box).not.toHaveAccessibleDescription(/Enter a number/);
	});

	it('moves with its slider from the keyboard', async () => {
		const screen = await render(NumberField, {
			label: 'Margin',
			kind: 'percent',
			value: 0.3,
			step: 1
		});
		await screen.getByRole('slider', { name: 'Margin (slider)' }).click();
		await userEvent.keyboard('{Home}');
		await expect.element(bound(screen)).toHaveTextContent('Bound value: 0');
		await userEvent.keyboard('{ArrowRight}{ArrowRight}');
		await expect.element(bound(screen)).toHaveTextContent('Bound value: 0.02');
		await expect.element(screen.getByRole('textbox', { name: 'Margin' })).toHaveValue('2');
	});

	it('fits a table cell when compact: named for screen readers, no slider, marked from outside', async () => {
		const screen = await render(NumberField, {
			label: 'From Active to Lost, percent',
			kind: 'percent',
			value: 0.321428571,
			min: -1,
			max: 1,
			compact: true,
			invalid: true,
			describedby: 'row-total',
			digits: 4
		});
		const box = screen.getByRole('textbox', { name: 'From Active to Lost, percent' });
		// the label names the box but is only for screen readers: the table's headers show it
		await expect
			.element(screen.getByText('From Active to Lost, percent'))
			.toHaveClass('visually-hidden');
		await expect.element(screen.getByRole('slider')).not.toBeInTheDocument();
		// four decimals shown, the value itself untouched until edited
		await expect.element(box).toHaveValue('32.1429');
		await expect.element(bound(screen)).toHaveTextContent('Bound value: 0.321428571');
		// invalid because of its row, described by the row's message as well as its own
		await expect.element(box).toHaveAttribute('aria-invalid', 'true');
		await expect.element(box).toHaveAttribute('aria-describedby', 'row-total');
		await box.fill('abc');
		await expect
			.element(box)
			.toHaveAccessibleDescription(/^Enter a number using digits, for example 12\.5\./);
		await expect.element(bound(screen)).toHaveTextContent('Bound value: 0.321428571');
		await box.fill('40');
		await expect.element(bound(screen)).toHaveTextContent('Bound value: 0.4');
		await expect.element(box).toHaveAttribute('aria-invalid', 'true');
	});

	it('speaks Chinese on a Chinese page', async () => {
		const screen = await render(NumberField, {
			locale: 'zh',
			label: '每月消费额',
			value: 100,
			min: 0
		});
		const box = screen.getByRole('textbox', { name: '每月消费额' });
		await expect.element(screen.getByRole('slider', { name: '每月消费额（滑块）' })).toBeVisible();
		await box.fill('abc');
		await expect.element(box).toHaveAccessibleDescription(/^请用阿拉伯数字填写/);
		await box.fill('-1');
		await expect.element(box).toHaveAccessibleDescription(/^不能小于 0。/);
		await expect.element(bound(screen)).toHaveTextContent('Bound value: 100');
	});
});
