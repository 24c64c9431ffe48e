import { describe, expect, it } from 'vitest';
import { symbolsIn } from '$lib/model/expr';
import pointsEn from '$lib/i18n/messages/en/points-steps';
import pointsZh from '$lib/i18n/messages/zh/points-steps';
import { computePoints } from './compute';
import { changeUnit } from './fields';
import { pointsPresetList, presetInputs } from './presets';

describe('points steps', () => {
	it('explain every symbol they use, in both languages', () => {
		const missing = new Set<string>();
		for (const { id } of pointsPresetList) {
			for (const unit of ['month', 'quarter', 'year'] as const) {
				for (const expires of ['never', 'after'] as const) {
					const inputs = { ...changeUnit(presetInputs(id), unit), expires };
					for (const step of computePoints(inputs).steps) {
						for (const name of symbolsIn(step.formula)) {
							for (const [lang, legend] of [
								['en', pointsEn.legend],
								['zh', pointsZh.legend]
							] as const)
								if (!legend[name]) missing.add(`${lang}: ${name} (${step.id})`);
						}
					}
				}
			}
		}
		expect([...missing]).toEqual([]);
	});
});
