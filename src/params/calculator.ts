import type { ParamMatcher } from '@sveltejs/kit';
import { isCalculatorId } from '$lib/calculators/ids';

export const match = ((param: string) => isCalculatorId(param)) satisfies ParamMatcher;
