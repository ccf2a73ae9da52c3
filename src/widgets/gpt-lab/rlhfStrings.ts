/**
 * The text of the lab's RLHF tabs (comparisons, reward model, PPO), in zh and en, apart from strings.ts so that each
 * file stays readable. Numbers arrive already formatted.
 */
import type { Locale } from '../../content/locale.ts';
import type { ReplyModel } from './worker/labSession.ts';

/** The RLHF tabs' text in one language. */
export interface RlhfStrings {
  compareIntro: string;
  compareNeedsSft: string;
  counts: (total: string, training: string, heldOut: string, yours: string) => string;
  addShipped: string;
  shippedAdded: (count: string) => string;
  shippedNone: string;
  questionLabel: string;
  customQuestion: string;
  samplePair: string;
  pairCaption: string;
  replyLetter: (letter: string) => string;
  pick: (letter: string) => string;
  skip: string;
  added: string;
  notAdded: string;
  listTitle: string;
  preferredMark: string;
  otherMark: string;
  sources: Record<'shipped' | 'reader', string>;
  heldOutTag: string;
  remove: string;
  removeLabel: (index: string) => string;
  emptyList: string;
  frozenNote: string;
  rewardIntro: string;
  rewardNeeds: (minimum: string) => string;
  train: string;
  trainPpo: string;
  pause: string;
  startOver: string;
  confirmStartOver: string;
  cancel: string;
  controls: (stage: string) => string;
  stepOf: (step: string, total: string) => string;
  iterationOf: (step: string, total: string) => string;
  done: string;
  trainLoss: string;
  heldOutLoss: string;
  heldOutAccuracy: string;
  stepsPerSecond: string;
  heldOutLegend: string;
  rewardChartName: string;
  /** The reward model's loss chart: the pairwise loss is per comparison, not per token. */
  rewardLossAxis: string;
  formulaLabel: string;
  scoreTitle: string;
  scoreQuestion: string;
  scoreReply: string;
  scoreButton: string;
  scoreResult: (score: string) => string;
  scoreMissing: string;
  ppoIntro: string;
  ppoNeeds: string;
  baselineNote: string;
  knobsTitle: string;
  knobsNote: string;
  betaLabel: string;
  epsilonLabel: string;
  learningRateLabel: string;
  rolloutsLabel: string;
  refuse: (text: string, low: string, high: string) => string;
  meanScore: string;
  kl: string;
  clipped: string;
  marked: (mark: string) => string;
  iterationTime: string;
  objectiveLabel: string;
  milliseconds: (value: string) => string;
  metricsLabel: string;
  metricsSummary: (points: string, score: string, kl: string, marked: string, mark: string) => string;
  iterationAxis: string;
  driftTitle: string;
  driftAt: (iteration: string) => string;
  modelsTitle: string;
  modelsNote: string;
  askAll: string;
  modelNames: Record<ReplyModel, string>;
  stageNames: Record<'reward' | 'ppo', string>;
}

/** The RLHF tabs' text per locale. */
export const RLHF_STRINGS: Record<Locale, RlhfStrings> = {
  en: {
    compareIntro:
      'A comparison is a question, two replies, and which one is better. Ask the fine-tuned model for two replies and pick one, or add the comparisons that come with the lab. Every fifth comparison is held out: the reward model never trains on it, so it can be tested on it.',
    compareNeedsSft: 'Fine-tune first: before that, the model continues text instead of replying.',
    counts: (total, training, heldOut, yours) => `${total} comparisons: ${training} for training, ${heldOut} held out; ${yours} of them yours.`,
    addShipped: "Add the lab's comparisons",
    shippedAdded: (count) => `${count} comparisons added.`,
    shippedNone: "The lab's comparisons are all in the list already.",
    questionLabel: 'Question',
    customQuestion: 'Your own question',
    samplePair: 'Ask for two replies',
    pairCaption: 'Two replies of the fine-tuned model, sampled at temperature 1. Which is better?',
    replyLetter: (letter) => `Reply ${letter}`,
    pick: (letter) => `${letter} is better`,
    skip: 'Neither: ask again',
    added: 'Comparison added.',
    notAdded: 'Not added: the replies are the same, one is empty or too long, or the list is full.',
    listTitle: 'The comparisons, newest first',
    preferredMark: 'better',
    otherMark: 'worse',
    sources: { shipped: 'lab', reader: 'yours' },
    heldOutTag: 'held out',
    remove: 'Remove',
    removeLabel: (index) => `Remove comparison ${index}`,
    emptyList: 'No comparisons yet.',
    frozenNote: 'PPO has started: the reward model no longer learns. Start the reward model over to train it on new comparisons.',
    rewardIntro:
      "The reward model is a copy of the fine-tuned model whose output layer is replaced by a single number, the score. Training pushes the preferred reply's score above the other's. Starting it ends fine-tuning.",
    rewardNeeds: (minimum) => `It needs a fine-tuned model and at least ${minimum} comparisons for training.`,
    train: 'Train',
    trainPpo: 'Run PPO',
    pause: 'Pause',
    startOver: 'Start over',
    confirmStartOver: 'Discard this stage and start it again',
    cancel: 'Cancel',
    controls: (stage) => `Controls of the ${stage}`,
    stepOf: (step, total) => `step ${step} of ${total}`,
    iterationOf: (step, total) => `iteration ${step} of ${total}`,
    done: 'Done.',
    trainLoss: 'training loss',
    heldOutLoss: 'held-out loss',
    heldOutAccuracy: 'held-out accuracy',
    stepsPerSecond: 'steps/s',
    heldOutLegend: 'held out',
    rewardChartName: 'the reward model',
    rewardLossAxis: 'nats per comparison',
    formulaLabel: 'The pairwise loss of the last batch',
    scoreTitle: 'Score any reply',
    scoreQuestion: 'Question',
    scoreReply: 'Reply',
    scoreButton: 'Score it',
    scoreResult: (score) => `Score r = ${score}. Only differences between scores mean anything.`,
    scoreMissing: 'Train the reward model first.',
    ppoIntro:
      'PPO starts the policy as a copy of the fine-tuned model. Each iteration samples replies to questions, scores them with the reward model, charges β for every nat of drift from the fine-tuned model, and nudges the policy with the clipped objective.',
    ppoNeeds: 'It needs a trained reward model. Starting PPO freezes the reward model.',
    baselineNote:
      'No value network: each reply is compared with the mean return of the other three replies to the same question.',
    knobsTitle: "PPO's settings",
    knobsNote: 'A change applies from the next iteration. To compare two values of β, start PPO over.',
    betaLabel: 'KL coefficient β',
    epsilonLabel: 'Clip range ε',
    learningRateLabel: 'Learning rate',
    rolloutsLabel: 'Replies per iteration',
    refuse: (text, low, high) => `"${text}" refused: enter a number from ${low} to ${high}.`,
    meanScore: 'mean score',
    kl: 'KL to the SFT model',
    clipped: 'clipped',
    marked: (mark) => `replies ending in "${mark}"`,
    iterationTime: 'time per iteration',
    objectiveLabel: 'The KL-regularised objective at the latest iteration (KL in nats per reply)',
    milliseconds: (value) => `${value} ms`,
    metricsLabel: 'PPO, iteration by iteration: the mean score, the KL to the fine-tuned model in nats per reply, and the share of replies ending in the mark the reward model over-rates',
    metricsSummary: (points, score, kl, marked, mark) =>
      `${points} iterations. Latest mean score ${score}, KL ${kl} nats per reply, ${marked} of the replies end in "${mark}".`,
    iterationAxis: 'iteration',
    driftTitle: "The policy's greedy replies as PPO goes on",
    driftAt: (iteration) => `iteration ${iteration}`,
    modelsTitle: 'The same question, three models',
    modelsNote: 'All three answer greedily: after pretraining, after fine-tuning, after PPO.',
    askAll: 'Ask all three',
    modelNames: { pretrained: 'Pretrained', sft: 'Fine-tuned', ppo: 'After PPO' },
    stageNames: { reward: 'reward model', ppo: 'PPO' },
  },
  zh: {
    compareIntro:
      '一条比较数据包括一个问题、两个回答，以及哪个更好。可以让微调后的模型给出两个回答再挑一个，也可以加入实验自带的比较数据。每五条留出一条：奖励模型从不在上面训练，用来检验它。',
    compareNeedsSft: '请先微调：在那之前，模型只会续写文本，还不会回答。',
    counts: (total, training, heldOut, yours) => `共 ${total} 条比较：${training} 条用于训练，${heldOut} 条留出；其中 ${yours} 条是你的。`,
    addShipped: '加入实验自带的比较数据',
    shippedAdded: (count) => `加入了 ${count} 条比较。`,
    shippedNone: '实验自带的比较数据已经都在列表里了。',
    questionLabel: '问题',
    customQuestion: '自己提问',
    samplePair: '要两个回答',
    pairCaption: '微调后的模型在温度 1 下采样出的两个回答。哪个更好？',
    replyLetter: (letter) => `回答 ${letter}`,
    pick: (letter) => `${letter} 更好`,
    skip: '都不好，再要两个',
    added: '比较已加入。',
    notAdded: '没有加入：两个回答相同、有一个为空或太长，或者列表已满。',
    listTitle: '比较数据，最新的在前',
    preferredMark: '更好',
    otherMark: '较差',
    sources: { shipped: '自带', reader: '你的' },
    heldOutTag: '留出',
    remove: '删除',
    removeLabel: (index) => `删除第 ${index} 条比较`,
    emptyList: '还没有比较数据。',
    frozenNote: 'PPO 已经开始，奖励模型不再学习。要让它在新的比较上训练，请让奖励模型从头开始。',
    rewardIntro: '奖励模型是微调后模型的一个副本，只是把输出层换成了一个数，即分数。训练把更好回答的分数推到另一个之上。开始训练它，微调就结束了。',
    rewardNeeds: (minimum) => `需要先微调，并且至少有 ${minimum} 条用于训练的比较。`,
    train: '训练',
    trainPpo: '运行 PPO',
    pause: '暂停',
    startOver: '从头开始',
    confirmStartOver: '丢弃这个阶段，重新开始',
    cancel: '取消',
    controls: (stage) => `${stage}的控制`,
    stepOf: (step, total) => `第 ${step} 步，共 ${total} 步`,
    iterationOf: (step, total) => `第 ${step} 轮，共 ${total} 轮`,
    done: '完成。',
    trainLoss: '训练损失',
    heldOutLoss: '留出损失',
    heldOutAccuracy: '留出准确率',
    stepsPerSecond: '步/秒',
    heldOutLegend: '留出',
    rewardChartName: '奖励模型',
    rewardLossAxis: '奈特/比较',
    formulaLabel: '最近一批的成对损失',
    scoreTitle: '给任意回答打分',
    scoreQuestion: '问题',
    scoreReply: '回答',
    scoreButton: '打分',
    scoreResult: (score) => `分数 r = ${score}。只有分数之间的差才有意义。`,
    scoreMissing: '请先训练奖励模型。',
    ppoIntro:
      'PPO 的策略一开始是微调后模型的副本。每一轮对若干问题采样回答，用奖励模型打分，策略每偏离微调模型一奈特就扣 β，再用裁剪目标推动策略。',
    ppoNeeds: '需要一个训练过的奖励模型。PPO 开始后奖励模型就冻结了。',
    baselineNote: '没有价值网络：每个回答的回报与同一问题另外三个回答的平均回报相比。',
    knobsTitle: 'PPO 的设置',
    knobsNote: '改动从下一轮起生效。想比较两个 β 值，请让 PPO 从头开始。',
    betaLabel: 'KL 系数 β',
    epsilonLabel: '裁剪范围 ε',
    learningRateLabel: '学习率',
    rolloutsLabel: '每轮的回答数',
    refuse: (text, low, high) => `“${text}”不被接受：请输入 ${low} 到 ${high} 之间的数。`,
    meanScore: '平均分数',
    kl: '与 SFT 模型的 KL',
    clipped: '被裁剪',
    marked: (mark) => `以“${mark}”结尾的回答`,
    iterationTime: '每轮用时',
    objectiveLabel: '最近一轮的 KL 正则化目标（KL 单位为奈特/回答）',
    milliseconds: (value) => `${value} 毫秒`,
    metricsLabel: 'PPO 逐轮的平均分数、与微调模型的 KL（奈特/回答），以及以奖励模型高估的符号结尾的回答所占比例',
    metricsSummary: (points, score, kl, marked, mark) =>
      `共 ${points} 轮。最近一轮平均分数 ${score}，KL 为 ${kl} 奈特/回答，${marked} 的回答以“${mark}”结尾。`,
    iterationAxis: '轮',
    driftTitle: '随着 PPO 进行，策略的贪心回答',
    driftAt: (iteration) => `第 ${iteration} 轮`,
    modelsTitle: '同一个问题，三个模型',
    modelsNote: '三者都用贪心解码回答：预训练之后、微调之后、PPO 之后。',
    askAll: '三个都问',
    modelNames: { pretrained: '预训练后', sft: '微调后', ppo: 'PPO 后' },
    stageNames: { reward: '奖励模型', ppo: 'PPO' },
  },
};
