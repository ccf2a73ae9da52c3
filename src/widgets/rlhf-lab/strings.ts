/**
 * Every piece of text the RLHF lab shows or announces, in zh and en. Numbers arrive already formatted
 * (src/ui/formatNumber.ts); the chapter's own text (prompt, replies, feature names) comes in the props.
 */
import type { Locale } from '../../content/locale.ts';
import type { PpoMode } from '../../math/rlhf/ppo.ts';
import type { LabTab, NumericSetting, RewardSource } from './props.ts';

/** The lab's UI text in one language. */
export interface RlhfLabStrings {
  title: string;
  tabsLabel: string;
  tabNames: Record<LabTab, string>;
  settingLabels: Record<NumericSetting, string>;
  /** A typed value outside [low, high], or not a number: refused, the last good value kept. */
  refuse: (text: string, low: number, high: number) => string;
  /** The same for β and ε, saying why they must be positive. */
  refuseBeta: (text: string, low: number, high: number) => string;
  refuseEpsilon: (text: string, low: number, high: number) => string;
  next: Record<'reward' | 'ppo', string>;
  // Step 1
  promptLabel: string;
  rankHint: string;
  handleLabel: (id: string, position: number, count: number) => string;
  moveUp: (id: string) => string;
  moveDown: (id: string) => string;
  featuresOf: (id: string) => string;
  /** An amount feature on a card: "Length: 90 tokens". */
  featureAmount: (label: string, value: string, unit: string | undefined) => string;
  yes: string;
  no: string;
  moved: (id: string, position: number, count: number) => string;
  pairsIntro: (count: number, pairs: number) => string;
  defaultRanking: string;
  rankSummary: (order: string, pairs: number) => string;
  // Step 2
  rewardIntro: string;
  l2Note: string;
  biasNote: string;
  stepControls: (which: 'reward' | 'ppo') => string;
  reset: string;
  step: string;
  play: string;
  pause: string;
  counter: (which: 'reward' | 'ppo', step: number, last: number) => string;
  rewardDiverged: (step: number) => string;
  lossLabel: string;
  pairsCaption: (pairs: number, step: number) => string;
  pairColumns: { number: string; better: string; worse: string; margin: string; probability: string; loss: string };
  reversed: string;
  orderedCount: (ordered: number, pairs: number) => string;
  weightsCaption: string;
  featureColumn: string;
  normRow: string;
  rewardsCaption: string;
  replyColumn: string;
  shiftLabel: string;
  shiftResult: (loss: string, shiftedLoss: string) => string;
  notFitted: string;
  rewardSummary: (step: number, loss: string, rewards: string, ordered: number, pairs: number) => string;
  // Step 3
  ppoIntro: string;
  rewardSourceLegend: string;
  rewardSourceNames: Record<RewardSource, string>;
  modeLegend: string;
  modeNames: Record<PpoMode, string>;
  moreSettings: string;
  unfittedNotice: string;
  quickFit: string;
  ppoDiverged: (iteration: number) => string;
  readouts: { kl: string; klBatch: string; fitted: string; truth: string; objective: string; clipped: string };
  /** Since iteration 0: how far each expected reward has moved (signed numbers). */
  trend: (fitted: string, truth: string) => string;
  hacking: (fitted: string, truth: string) => string;
  barsCaption: string;
  seriesNames: { reference: string; policy: string; optimum: string };
  barsRow: (id: string, reference: string, policy: string, optimum: string) => string;
  curveTitle: string;
  curveAxes: { kl: string; reward: string };
  curveSeries: { fitted: string; truth: string; frontier: string };
  curveDescription: (points: number, kl: string, fitted: string, truth: string) => string;
  clipTitle: string;
  clipPanels: { positive: string; negative: string };
  ratioAxis: string;
  clipDescription: (entries: number, fraction: string, epsilon: string) => string;
  ppoSummary: (t: number, kl: string, fitted: string, truth: string, top: string, probability: string) => string;
}

const en: RlhfLabStrings = {
  title: 'RLHF in miniature: rank, fit a reward model, run PPO',
  tabsLabel: 'Steps of the lab',
  tabNames: { rank: '1 · Rank', reward: '2 · Reward model', ppo: '3 · PPO' },
  settingLabels: {
    l2: 'L2 strength λ',
    rewardLearningRate: 'Learning rate (reward model)',
    beta: 'KL coefficient β',
    epsilon: 'Clip range ε',
    learningRate: 'Learning rate (policy)',
    batchSize: 'Batch size',
    epochs: 'Epochs per batch',
    seed: 'Seed',
  },
  refuse: (text, low, high) => `“${text}” is refused: enter a number from ${low} to ${high}. The last good value is kept.`,
  refuseBeta: (text, low, high) =>
    `“${text}” is refused: β must be above 0 (at 0 nothing ties the policy to π_ref); enter ${low} to ${high}. The last good value is kept.`,
  refuseEpsilon: (text, low, high) =>
    `“${text}” is refused: ε must be above 0 (at 0 every ratio is clipped to 1 and nothing moves); enter ${low} to ${high}. The last good value is kept.`,
  next: { reward: 'Next: fit a reward model →', ppo: 'Next: run PPO →' },
  promptLabel: 'Prompt:',
  rankHint: 'Put the replies in order, best first: drag a card by its handle ⠿, use its ▲ ▼ buttons, or focus the handle and press ↑ or ↓.',
  handleLabel: (id, position, count) => `Reply ${id}, rank ${position} of ${count}. Drag, or press the up or down arrow, to move it`,
  moveUp: (id) => `Move reply ${id} up`,
  moveDown: (id) => `Move reply ${id} down`,
  featuresOf: (id) => `Features of reply ${id}`,
  featureAmount: (label, value, unit) => `${label}: ${value}${unit ? ` ${unit}` : ''}`,
  yes: 'yes',
  no: 'no',
  moved: (id, position, count) => `Reply ${id} is now rank ${position} of ${count}.`,
  pairsIntro: (count, pairs) => `This ranking gives C(${count}, 2) = ${pairs} pairs, winner first:`,
  defaultRanking: 'Back to the default ranking',
  rankSummary: (order, pairs) => `Your ranking, best first: ${order}. It gives ${pairs} pairs.`,
  rewardIntro: 'The reward model scores a reply from the features x on its card (length in hundreds of tokens):',
  l2Note:
    'Why λ: when some w orders every pair your way, a larger multiple of it always lowers the pairwise loss, so without L2 regularisation gradient descent would push ‖w‖ up for ever. Set λ = 0 and press Play to watch ‖w‖ climb.',
  biasNote:
    "The bias b cancels in every difference r_w − r_l, so no pair can fit it: its gradient is exactly 0. The lab sets b so that the reference policy's replies score 0 on average, as InstructGPT set the demonstrations' mean score to 0.",
  stepControls: (which) => (which === 'reward' ? 'Reward model fitting' : 'PPO iterations'),
  reset: 'Reset',
  step: 'Step',
  play: 'Play',
  pause: 'Pause',
  counter: (which, step, last) => (which === 'reward' ? `step ${step} / ${last}` : `iteration ${step} / ${last}`),
  rewardDiverged: (step) =>
    `The fit blew up at step ${step}: this learning rate is too large for this λ, and each step overshot further than the last. The numbers shown are from step ${step - 1}. Lower the learning rate.`,
  lossLabel: 'The loss with the current numbers',
  pairsCaption: (pairs, step) => `The ${pairs} pairs after ${step} steps`,
  pairColumns: { number: 'No.', better: 'Better y_w', worse: 'Worse y_l', margin: 'r_w − r_l', probability: 'σ(r_w − r_l)', loss: 'Loss' },
  reversed: 'reversed',
  orderedCount: (ordered, pairs) => `The model orders ${ordered} of the ${pairs} pairs your way (σ > 0.5).`,
  weightsCaption: 'Weights w',
  featureColumn: 'Feature',
  normRow: '‖w‖',
  rewardsCaption: 'Rewards',
  replyColumn: 'Reply',
  shiftLabel: 'Add a constant c to every reward',
  shiftResult: (loss, shiftedLoss) =>
    `Pairwise loss from r: ${loss}; from r + c: ${shiftedLoss}. Every difference r_w − r_l is unchanged, so nothing the loss sees has moved: a score means something only next to another.`,
  notFitted: 'Step 0: w = 0, so every reward is 0. Press Step or Play to fit.',
  rewardSummary: (step, loss, rewards, ordered, pairs) =>
    `Reward model after ${step} steps: loss ${loss}; rewards ${rewards}; ${ordered} of ${pairs} pairs ordered your way.`,
  ppoIntro:
    'The policy is a softmax over the replies, starting at π_ref. Each iteration draws a batch from it, scores each reply with R = r − β·log(π/π_ref), subtracts the batch mean as the baseline (A = R − mean), then takes a few steps of gradient ascent on the clipped objective.',
  rewardSourceLegend: 'Optimise',
  rewardSourceNames: { fitted: 'the reward model (step 2)', true: 'the true preference' },
  modeLegend: 'Batch',
  modeNames: { sampled: 'sampled', exact: 'exact (every reply, weighted by π)' },
  moreSettings: 'More settings: ε, learning rate, batch, epochs, seed',
  unfittedNotice: 'The reward model is still at step 0: every reply scores 0, so PPO has nothing to chase. Fit it in step 2, or here:',
  quickFit: 'Fit it (200 steps)',
  ppoDiverged: (iteration) =>
    `PPO blew up at iteration ${iteration}: the learning rate is far too large for these rewards. The numbers shown are from iteration ${iteration - 1}.`,
  readouts: {
    kl: 'KL(π‖π_ref), exact',
    klBatch: 'KL, batch estimate',
    fitted: 'E_π[r], reward model',
    truth: 'E_π[r], true preference',
    objective: 'E_π[r] − β·KL (optimised reward)',
    clipped: 'Batch clipped',
  },
  trend: (fitted, truth) => `Since π_ref (iteration 0): expected reward ${fitted} by the reward model, ${truth} by the true preference.`,
  hacking: (fitted, truth) =>
    `Reward hacking: since π_ref the reward model's expected score has moved ${fitted}, while the true preference has moved ${truth}. The policy exploits what the model over-rates.`,
  barsCaption: 'Probability of each reply',
  seriesNames: { reference: 'π_ref', policy: 'π now', optimum: 'π* for this β' },
  barsRow: (id, reference, policy, optimum) => `Reply ${id}: π_ref ${reference}, π now ${policy}, π* ${optimum}.`,
  curveTitle: 'Expected reward against KL, iteration by iteration',
  curveAxes: { kl: 'KL(π‖π_ref)', reward: 'E_π[r]' },
  curveSeries: { fitted: 'reward model', truth: 'true preference', frontier: 'best reachable (π* for every β)' },
  curveDescription: (points, kl, fitted, truth) =>
    `${points} points so far; now KL ${kl}, reward model ${fitted}, true preference ${truth}.`,
  clipTitle: 'The batch on the clipped objective min(ρA, clip(ρ, 1−ε, 1+ε)A)',
  clipPanels: { positive: 'A > 0', negative: 'A < 0' },
  ratioAxis: 'ρ = π/π_old',
  clipDescription: (entries, fraction, epsilon) =>
    `${entries} distinct replies in the batch; ${fraction} of it ended in a flat, clipped region (ε = ${epsilon}).`,
  ppoSummary: (t, kl, fitted, truth, top, probability) =>
    `PPO iteration ${t}: KL ${kl} nats; expected reward ${fitted} by the reward model, ${truth} by the true preference; most probable reply ${top} (${probability}).`,
};

const zh: RlhfLabStrings = {
  title: 'RLHF 小实验：排序、拟合奖励模型、运行 PPO',
  tabsLabel: '实验步骤',
  tabNames: { rank: '1 · 排序', reward: '2 · 奖励模型', ppo: '3 · PPO' },
  settingLabels: {
    l2: 'L2 强度 λ',
    rewardLearningRate: '学习率（奖励模型）',
    beta: 'KL 系数 β',
    epsilon: '剪切范围 ε',
    learningRate: '学习率（策略）',
    batchSize: '批大小',
    epochs: '每批的轮数',
    seed: '随机种子',
  },
  refuse: (text, low, high) => `“${text}”不行：请输入 ${low} 到 ${high} 之间的数。已保留上一个值。`,
  refuseBeta: (text, low, high) =>
    `“${text}”不行：β 必须大于 0（为 0 时没有任何东西把策略拴在 π_ref 附近）；请输入 ${low} 到 ${high}。已保留上一个值。`,
  refuseEpsilon: (text, low, high) =>
    `“${text}”不行：ε 必须大于 0（为 0 时每个比值都被剪成 1，策略动不了）；请输入 ${low} 到 ${high}。已保留上一个值。`,
  next: { reward: '下一步：拟合奖励模型 →', ppo: '下一步：运行 PPO →' },
  promptLabel: '提示：',
  rankHint: '把回答从好到差排好：按住卡片的把手 ⠿ 拖动，或用卡片上的 ▲ ▼ 按钮，也可以把焦点放在把手上按 ↑ 或 ↓。',
  handleLabel: (id, position, count) => `回答 ${id}，排第 ${position}（共 ${count} 个）。拖动，或按上下方向键移动它`,
  moveUp: (id) => `把回答 ${id} 上移`,
  moveDown: (id) => `把回答 ${id} 下移`,
  featuresOf: (id) => `回答 ${id} 的特征`,
  featureAmount: (label, value, unit) => `${label}：${value}${unit ? ` ${unit}` : ''}`,
  yes: '是',
  no: '否',
  moved: (id, position, count) => `回答 ${id} 现在排第 ${position}（共 ${count} 个）。`,
  pairsIntro: (count, pairs) => `这个排序拆出 C(${count}, 2) = ${pairs} 对比较，胜者在前：`,
  defaultRanking: '恢复默认排序',
  rankSummary: (order, pairs) => `你的排序（从好到差）：${order}。共拆出 ${pairs} 对比较。`,
  rewardIntro: '奖励模型根据卡片上的特征 x 给回答打分（长度以百个词元（token）为单位）：',
  l2Note:
    '为什么要 λ：如果某个 w 能把每一对都排得和你一致，把它放大若干倍总能让成对损失继续变小，所以没有 L2 正则化时，梯度下降会让 ‖w‖ 一直增大下去。把 λ 设为 0 再按“播放”，就能看到 ‖w‖ 不停上涨。',
  biasNote:
    '偏置 b 在每个分差 r_w − r_l 里都会抵消，任何一对比较都无法确定它：它的梯度恒为 0。本实验把 b 定为让参考策略下回答的平均分为 0，和 InstructGPT 让示范的平均分为 0 是同一个做法。',
  stepControls: (which) => (which === 'reward' ? '奖励模型的拟合' : 'PPO 迭代'),
  reset: '重置',
  step: '单步',
  play: '播放',
  pause: '暂停',
  counter: (which, step, last) => (which === 'reward' ? `第 ${step} / ${last} 步` : `第 ${step} / ${last} 次迭代`),
  rewardDiverged: (step) =>
    `拟合在第 ${step} 步发散了：对这个 λ 来说学习率太大，每一步都比上一步冲得更远。下面显示的是第 ${step - 1} 步的数。请调低学习率。`,
  lossLabel: '代入当前数值的损失',
  pairsCaption: (pairs, step) => `第 ${step} 步后的 ${pairs} 对比较`,
  pairColumns: { number: '序号', better: '更好 y_w', worse: '较差 y_l', margin: 'r_w − r_l', probability: 'σ(r_w − r_l)', loss: '损失' },
  reversed: '排反',
  orderedCount: (ordered, pairs) => `模型把 ${pairs} 对中的 ${ordered} 对排得和你一致（σ > 0.5）。`,
  weightsCaption: '权重 w',
  featureColumn: '特征',
  normRow: '‖w‖',
  rewardsCaption: '奖励',
  replyColumn: '回答',
  shiftLabel: '给每个奖励都加上常数 c',
  shiftResult: (loss, shiftedLoss) =>
    `用 r 算的成对损失：${loss}；用 r + c 算的：${shiftedLoss}。每个分差 r_w − r_l 都没变，损失看得到的东西一点也没动：分数只有放在一起比较才有意义。`,
  notFitted: '第 0 步：w = 0，所有奖励都是 0。按“单步”或“播放”开始拟合。',
  rewardSummary: (step, loss, rewards, ordered, pairs) =>
    `奖励模型拟合 ${step} 步后：损失 ${loss}；各回答的奖励 ${rewards}；${pairs} 对中有 ${ordered} 对排得和你一致。`,
  ppoIntro:
    '策略是这几个回答上的 softmax，从 π_ref 出发。每次迭代先从策略中抽一批回答，用 R = r − β·log(π/π_ref) 给每个回答打分，减去这一批的平均值作为基线（A = R − 平均值），再在剪切目标上做几步梯度上升。',
  rewardSourceLegend: '优化的对象',
  rewardSourceNames: { fitted: '奖励模型（第 2 步）', true: '真实偏好' },
  modeLegend: '批次',
  modeNames: { sampled: '抽样', exact: '精确（全部回答，按 π 加权）' },
  moreSettings: '更多设置：ε、学习率、批大小、轮数、随机种子',
  unfittedNotice: '奖励模型还停在第 0 步：每个回答都是 0 分，PPO 没有可追的目标。请在第 2 步拟合，或者直接在这里：',
  quickFit: '拟合 200 步',
  ppoDiverged: (iteration) => `PPO 在第 ${iteration} 次迭代发散了：对这些奖励来说学习率太大。下面显示的是第 ${iteration - 1} 次迭代的数。`,
  readouts: {
    kl: 'KL(π‖π_ref)，精确值',
    klBatch: 'KL，批次估计',
    fitted: 'E_π[r]，奖励模型',
    truth: 'E_π[r]，真实偏好',
    objective: 'E_π[r] − β·KL（被优化的奖励）',
    clipped: '批次中被剪切的比例',
  },
  trend: (fitted, truth) => `与 π_ref（第 0 次迭代）相比：按奖励模型，期望奖励变化 ${fitted}；按真实偏好，变化 ${truth}。`,
  hacking: (fitted, truth) =>
    `钻奖励的空子（reward hacking）：与 π_ref 相比，奖励模型给出的期望分数变化了 ${fitted}，真实偏好却变化了 ${truth}。策略正在利用奖励模型高估的东西。`,
  barsCaption: '各回答的概率',
  seriesNames: { reference: 'π_ref', policy: '当前 π', optimum: '这个 β 下的 π*' },
  barsRow: (id, reference, policy, optimum) => `回答 ${id}：π_ref ${reference}，当前 π ${policy}，π* ${optimum}。`,
  curveTitle: '期望奖励与 KL，逐次迭代',
  curveAxes: { kl: 'KL(π‖π_ref)', reward: 'E_π[r]' },
  curveSeries: { fitted: '奖励模型', truth: '真实偏好', frontier: '能达到的最好值（每个 β 的 π*）' },
  curveDescription: (points, kl, fitted, truth) => `目前 ${points} 个点；当前 KL ${kl}，奖励模型 ${fitted}，真实偏好 ${truth}。`,
  clipTitle: '这一批在剪切目标 min(ρA, clip(ρ, 1−ε, 1+ε)A) 上的位置',
  clipPanels: { positive: 'A > 0', negative: 'A < 0' },
  ratioAxis: 'ρ = π/π_old',
  clipDescription: (entries, fraction, epsilon) => `这一批里有 ${entries} 个不同的回答；其中 ${fraction} 落在被剪切的平坦区域（ε = ${epsilon}）。`,
  ppoSummary: (t, kl, fitted, truth, top, probability) =>
    `PPO 第 ${t} 次迭代：KL ${kl} 奈特；期望奖励按奖励模型为 ${fitted}，按真实偏好为 ${truth}；概率最大的回答是 ${top}（${probability}）。`,
};

/** The lab's text in both languages. */
export const STRINGS: Record<Locale, RlhfLabStrings> = { zh, en };
