import type en from '../en/unit-note';

const unitNote = {
	title: (from: string, to: string) => `已从按${name(from)}计算改为按${name(to)}计算`,
	intro: '输入已经换算，描述的仍是同一位客户，但结果会变：',
	column: (unit: string) => `按${name(unit)}`,
	measure: '项目',
	keep: (unit: string) => `改回按${name(unit)}计算`,
	dismiss: (unit: string) => `就按${name(unit)}计算`,
	reason: (timing: string, longer: string, shorter: string) => {
		const name: Record<string, string> = { month: '月', quarter: '季度', year: '年' };
		const [l, s] = [name[longer] ?? longer, name[shorter] ?? shorter];
		if (timing === 'end-of-period')
			return `按${l}计算时，客户要留满一整${l}才带来利润，这一${l}的利润在${l}末到账；按${s}计算时，客户每留下一个${s}，就带来一个${s}的利润。`;
		if (timing === 'end-first-certain')
			return `按${l}计算时，第一${l}的利润一定会有，但要到${l}末才到账，之后客户每${l}只在${l}末可能离开；按${s}计算时，利润逐${s}到账，客户每个${s}末都可能离开。`;
		return `按${l}计算时，一整${l}的利润在${l}初一次到账，客户要到${l}末才可能离开；按${s}计算时，利润逐${s}到账，客户每个${s}末都可能离开。`;
	},
	direction: { higher: '更高', lower: '更低' } as Record<string, string>,
	so: (direction: string, unit: string, measure = 'CLV') => {
		const name: Record<string, string> = { month: '月', quarter: '季度', year: '年' };
		// 英文缩写前后留空格（“CLV”），中文名称不留
		const m = /^[A-Za-z]/.test(measure) ? ` ${measure} ` : measure;
		return `所以按${name[unit] ?? unit}计算的${m}${direction}。`;
	},
	same: '这里两种算法的结果相同。'
} satisfies typeof en;

function name(unit: string): string {
	return ({ month: '月', quarter: '季度', year: '年' } as Record<string, string>)[unit] ?? unit;
}

export default unitNote;
