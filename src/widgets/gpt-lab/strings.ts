/**
 * Every piece of text the GPT lab shows or announces, in zh and en. Numbers arrive already formatted.
 */
import type { Locale } from '../../content/locale.ts';
import type { LabProblem } from './worker/protocol.ts';

/** The lab's tabs. */
export const TAB_IDS = ['pretrain', 'sft', 'comparisons', 'reward', 'ppo', 'inspect', 'keep'] as const;
/** One of the lab's tabs. */
export type TabId = (typeof TAB_IDS)[number];

/** The lab's UI text in one language. */
export interface GptLabStrings {
  title: string;
  /** The model's size; counts arrive as numbers (for plurals), the parameter count already formatted. */
  size: (s: { layers: number; width: number; heads: number; context: number; vocabulary: number; parameters: string }) => string;
  loading: string;
  tabsLabel: string;
  tabs: Record<TabId, string>;
  train: string;
  trainSft: string;
  pause: string;
  reset: string;
  confirmReset: string;
  loadCheckpoint: string;
  confirmReplace: string;
  cancel: string;
  controls: string;
  stepOf: (step: string, total: string) => string;
  tokensPerSecond: string;
  stepsPerSecond: string;
  trainLoss: string;
  validationLoss: string;
  dialogueLoss: string;
  done: string;
  pretrainLocked: string;
  chartLabel: (stage: string) => string;
  chartSummary: (points: string, first: string, last: string, validation: string) => string;
  stepAxis: string;
  lossAxis: string;
  legendTrain: string;
  legendValidation: string;
  samplesTitle: string;
  sampleAt: (step: string) => string;
  source: Record<'new' | 'saved' | 'checkpoint' | 'import', string>;
  sftIntro: string;
  sftBeforePretrain: string;
  formulaLabel: string;
  compareTitle: string;
  compareGreedy: string;
  compareLabel: string;
  compareCustom: string;
  ask: string;
  before: string;
  after: string;
  beforeMissing: string;
  noStop: string;
  suggestions: string[];
  promptLabel: string;
  temperatureLabel: string;
  refuseTemperature: (text: string) => string;
  inspectButton: string;
  topCaption: (prompt: string) => string;
  tokenColumn: string;
  probabilityColumn: string;
  unknownNote: (count: string) => string;
  attentionTitle: string;
  attentionHint: string;
  headLabel: (layer: string, head: string) => string;
  headSummary: (layer: string, head: string, last: string, strongest: string, weight: string) => string;
  continuationLabel: string;
  /** The separator after a label: ": " or "：". */
  colon: string;
  /** The locale's tag for times and numbers. */
  languageTag: string;
  keepIntro: string;
  saveStatus: {
    loading: string;
    none: string;
    saved: (time: string, stage: string, step: string) => string;
    quota: string;
    failed: (detail: string) => string;
    unavailable: string;
  };
  stageNames: Record<'pretrain' | 'sft' | 'reward' | 'ppo', string>;
  exportButton: string;
  importLabel: string;
  quarantined: (reason: string) => string;
  problems: Record<LabProblem['during'], string>;
  problemCodes: Record<string, string>;
  announceProgress: (stage: string, step: string, loss: string) => string;
  announceDone: (stage: string) => string;
  /** Training progress of the RLHF stages (here, not in rlhfStrings.ts: the live region speaks before their tabs load). */
  announceReward: (step: string, accuracy: string) => string;
  announcePpo: (step: string, score: string, kl: string) => string;
  /** Shown while an RLHF tab's code loads, the first time it is opened. */
  panelLoading: string;
  space: string;
  newline: string;
}

const SUGGESTIONS_EN = ['What is a token?', 'What does PPO do?', 'Who are you?', 'What is a transformer?', 'Is the sky blue?'];
const SUGGESTIONS_ZH = ['什么是词元？', 'PPO 做什么？', '你是谁？', '什么是变换器？', '天空是蓝色的吗？'];

/** The lab's text per locale. */
export const STRINGS: Record<Locale, GptLabStrings> = {
  en: {
    title: 'Train a tiny GPT in this page',
    size: (s) =>
      `${s.layers} ${s.layers === 1 ? 'layer' : 'layers'} · width ${s.width} · ${s.heads} ${s.heads === 1 ? 'head' : 'heads'} · context ${s.context} · vocabulary ${s.vocabulary} · ${s.parameters} parameters`,
    loading: 'Loading the model and its text…',
    tabsLabel: 'Stages of the lab',
    tabs: { pretrain: '1 Pretrain', sft: '2 Fine-tune', comparisons: '3 Compare', reward: '4 Reward model', ppo: '5 PPO', inspect: '6 Inspect', keep: '7 Save and share' },
    train: 'Train',
    trainSft: 'Fine-tune',
    pause: 'Pause',
    reset: 'Reset',
    confirmReset: 'Discard this model and start again',
    loadCheckpoint: 'Load a pretrained model',
    confirmReplace: 'Replace this model',
    cancel: 'Cancel',
    controls: 'Training controls',
    stepOf: (step, total) => `step ${step} of ${total}`,
    tokensPerSecond: 'tokens/s',
    stepsPerSecond: 'steps/s',
    trainLoss: 'training loss',
    validationLoss: 'validation loss',
    dialogueLoss: 'loss on the dialogues',
    done: 'Done.',
    pretrainLocked: 'Pretraining ended when fine-tuning started. Reset to pretrain again.',
    chartLabel: (stage) => `Loss curve of ${stage}, in nats per token`,
    chartSummary: (points, first, last, validation) =>
      `${points} points. Training loss went from ${first} to ${last} nats per token; latest validation loss ${validation}.`,
    stepAxis: 'step',
    lossAxis: 'nats per token',
    legendTrain: 'training',
    legendValidation: 'validation',
    samplesTitle: 'Samples as training goes on',
    sampleAt: (step) => `step ${step}`,
    source: {
      new: 'New model with random weights.',
      saved: 'Your model, as saved in this browser.',
      checkpoint: 'The shipped pretrained model.',
      import: 'Imported from a file.',
    },
    sftIntro: 'Fine-tuning trains on short dialogues. Only the reply and its end token count towards the loss.',
    sftBeforePretrain: 'Pretrain first (or load the pretrained model): fine-tuning a model that cannot spell teaches it little.',
    formulaLabel: 'The SFT loss of the last batch',
    compareTitle: 'The same question, before and after fine-tuning',
    compareGreedy: 'Both models answer greedily, taking the likeliest character each time.',
    compareLabel: 'Question',
    compareCustom: 'Your own question',
    ask: 'Ask both',
    before: 'Before fine-tuning',
    after: 'Now',
    beforeMissing: 'Start fine-tuning to keep a copy of the model as it is now.',
    noStop: '(did not stop)',
    suggestions: SUGGESTIONS_EN,
    promptLabel: 'Prompt',
    temperatureLabel: 'Temperature',
    refuseTemperature: (text) => `"${text}" refused: the temperature must be a number from 0 to 2.`,
    inspectButton: 'Look inside',
    topCaption: (prompt) => `Most likely next characters after "${prompt}"`,
    tokenColumn: 'next character',
    probabilityColumn: 'probability',
    unknownNote: (count) => `${count} character(s) of the prompt are not in the vocabulary and became <unk>.`,
    attentionTitle: 'Attention weights, one map per head',
    attentionHint: 'Row: the position reading. Column: the position read. Darker means more weight.',
    headLabel: (layer, head) => `layer ${layer}, head ${head}`,
    headSummary: (layer, head, last, strongest, weight) =>
      `Layer ${layer}, head ${head}: the last character "${last}" attends most to "${strongest}" (${weight}).`,
    continuationLabel: 'The model continues',
    colon: ': ',
    languageTag: 'en-GB',
    keepIntro: 'Your model is saved in this browser while you train, so you can leave and come back. Export it to keep a copy or to move it to another browser.',
    saveStatus: {
      loading: 'Looking for a saved model…',
      none: 'Nothing saved yet.',
      saved: (time, stage, step) => `Saved at ${time}: ${stage}, step ${step}.`,
      quota: "Not saved: the browser's storage is full. Export the model to keep it.",
      failed: (detail) => `Not saved (${detail}). Export the model to keep it.`,
      unavailable: 'This browser does not let the page store data: the model lives in this tab only. Export it to keep it.',
    },
    stageNames: { pretrain: 'pretraining', sft: 'fine-tuning', reward: 'reward model', ppo: 'PPO' },
    exportButton: 'Export the model',
    importLabel: 'Import a model file (it replaces this model: export this one first to keep it)',
    quarantined: (reason) => `A saved model could not be read and was set aside, not deleted (${reason}).`,
    problems: {
      saved: 'The saved model could not be used, so a new one was started. The old one was set aside, not deleted.',
      import: 'That file was not imported; your model is unchanged.',
      checkpoint: 'The pretrained model could not be loaded; your model is unchanged.',
      training: 'Training stopped.',
      data: "The lab's text could not be loaded. Check the connection and reload the page.",
      rlhf: 'The code of the reward model and PPO could not be loaded. Check the connection and try again.',
    },
    problemCodes: {
      'not-model-file': 'It is not a model file of this lab.',
      'newer-version': 'It was made by a newer version of the notebook.',
      corrupt: 'It is damaged: its checksum does not match.',
      'bad-shape': 'Its contents do not fit together.',
      'too-large': 'It is far too large to be a model of this lab.',
      'other-locale': "It belongs to the other language's page.",
      'bad-meta': 'Its training record is not one this lab wrote.',
    },
    announceProgress: (stage, step, loss) => `${stage}: step ${step}, loss ${loss}.`,
    announceDone: (stage) => `${stage} finished.`,
    announceReward: (step, accuracy) => `Reward model: step ${step}, held-out accuracy ${accuracy}.`,
    announcePpo: (step, score, kl) => `PPO: iteration ${step}, mean score ${score}, KL ${kl}.`,
    panelLoading: 'Loading this stage…',
    space: '␣',
    newline: '↵',
  },
  zh: {
    title: '在本页训练一个迷你 GPT',
    size: (s) => `${s.layers} 层 · 宽度 ${s.width} · ${s.heads} 个头 · 上下文 ${s.context} · 词表 ${s.vocabulary} · 参数 ${s.parameters} 个`,
    loading: '正在加载模型和文本……',
    tabsLabel: '实验的各个阶段',
    tabs: { pretrain: '1 预训练', sft: '2 微调', comparisons: '3 比较', reward: '4 奖励模型', ppo: '5 PPO', inspect: '6 观察', keep: '7 保存与分享' },
    train: '训练',
    trainSft: '微调',
    pause: '暂停',
    reset: '重置',
    confirmReset: '丢弃这个模型，从头开始',
    loadCheckpoint: '加载预训练好的模型',
    confirmReplace: '替换这个模型',
    cancel: '取消',
    controls: '训练控制',
    stepOf: (step, total) => `第 ${step} 步，共 ${total} 步`,
    tokensPerSecond: '词元/秒',
    stepsPerSecond: '步/秒',
    trainLoss: '训练损失',
    validationLoss: '验证损失',
    dialogueLoss: '对话上的损失',
    done: '完成。',
    pretrainLocked: '开始微调后预训练就结束了。要重新预训练，请重置。',
    chartLabel: (stage) => `${stage}的损失曲线，单位为奈特/词元`,
    chartSummary: (points, first, last, validation) =>
      `共 ${points} 个点。训练损失从 ${first} 降到 ${last} 奈特/词元；最近的验证损失为 ${validation}。`,
    stepAxis: '步',
    lossAxis: '奈特/词元',
    legendTrain: '训练',
    legendValidation: '验证',
    samplesTitle: '训练过程中的样本',
    sampleAt: (step) => `第 ${step} 步`,
    source: {
      new: '新模型，权重随机。',
      saved: '你的模型，保存在这个浏览器里。',
      checkpoint: '随笔记提供的预训练模型。',
      import: '从文件导入。',
    },
    sftIntro: '微调用简短的对话来训练。损失只计算回答及其结束词元。',
    sftBeforePretrain: '请先预训练（或加载预训练好的模型）：连字都写不对的模型，微调也学不到多少。',
    formulaLabel: '最近一批的 SFT 损失',
    compareTitle: '同一个问题，微调前后',
    compareGreedy: '两个模型都用贪心解码回答，每次取最可能的字。',
    compareLabel: '问题',
    compareCustom: '自己提问',
    ask: '两个都问',
    before: '微调前',
    after: '现在',
    beforeMissing: '开始微调后，会保留一份模型此刻的副本用于对比。',
    noStop: '（没有停下）',
    suggestions: SUGGESTIONS_ZH,
    promptLabel: '提示词',
    temperatureLabel: '温度',
    refuseTemperature: (text) => `“${text}”不被接受：温度必须是 0 到 2 之间的数。`,
    inspectButton: '看看里面',
    topCaption: (prompt) => `“${prompt}”之后最可能的下一个字`,
    tokenColumn: '下一个字',
    probabilityColumn: '概率',
    unknownNote: (count) => `提示词中有 ${count} 个字不在词表里，变成了 <unk>。`,
    attentionTitle: '注意力权重，每个头一张图',
    attentionHint: '行：正在读的位置；列：被读的位置。颜色越深，权重越大。',
    headLabel: (layer, head) => `第 ${layer} 层，第 ${head} 个头`,
    headSummary: (layer, head, last, strongest, weight) => `第 ${layer} 层第 ${head} 个头：最后一个字“${last}”最关注“${strongest}”（${weight}）。`,
    continuationLabel: '模型的续写',
    colon: '：',
    languageTag: 'zh-CN',
    keepIntro: '训练时模型会保存在这个浏览器里，离开后还能回来接着用。导出可以留一份副本，或者换一个浏览器继续。',
    saveStatus: {
      loading: '正在查找已保存的模型……',
      none: '还没有保存。',
      saved: (time, stage, step) => `已于 ${time} 保存：${stage}，第 ${step} 步。`,
      quota: '没有保存：浏览器的存储空间已满。请导出模型以免丢失。',
      failed: (detail) => `没有保存（${detail}）。请导出模型以免丢失。`,
      unavailable: '这个浏览器不允许页面存储数据，模型只在这个标签页里。请导出模型以免丢失。',
    },
    stageNames: { pretrain: '预训练', sft: '微调', reward: '奖励模型', ppo: 'PPO' },
    exportButton: '导出模型',
    importLabel: '导入模型文件（会替换当前模型，想保留的话请先导出）',
    quarantined: (reason) => `有一个已保存的模型无法读取，已被单独存放，没有删除（${reason}）。`,
    problems: {
      saved: '已保存的模型无法使用，所以新建了一个。旧模型已被单独存放，没有删除。',
      import: '这个文件没有导入，你的模型没有变化。',
      checkpoint: '预训练模型加载失败，你的模型没有变化。',
      training: '训练停止了。',
      data: '实验用的文本加载失败。请检查网络后重新加载页面。',
      rlhf: '奖励模型和 PPO 的代码加载失败。请检查网络后再试。',
    },
    problemCodes: {
      'not-model-file': '它不是本实验的模型文件。',
      'newer-version': '它由更新版本的笔记生成。',
      corrupt: '文件已损坏：校验和不一致。',
      'bad-shape': '文件内容前后不一致。',
      'too-large': '文件太大，不可能是本实验的模型。',
      'other-locale': '它属于另一种语言的页面。',
      'bad-meta': '其中的训练记录不是本实验写的。',
    },
    announceProgress: (stage, step, loss) => `${stage}：第 ${step} 步，损失 ${loss}。`,
    announceDone: (stage) => `${stage}完成。`,
    announceReward: (step, accuracy) => `奖励模型：第 ${step} 步，留出准确率 ${accuracy}。`,
    announcePpo: (step, score, kl) => `PPO：第 ${step} 轮，平均分数 ${score}，KL 为 ${kl}。`,
    panelLoading: '正在加载这一阶段……',
    space: '␣',
    newline: '↵',
  },
};
