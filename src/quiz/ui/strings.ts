import type { Locale } from '../../content/locale.ts';
import type { GradeProblem } from '../engine/index.ts';
import type { ImportProblem, StorageIssue } from '../../storage/index.ts';
import { DATABASE_VERSION } from '../../storage/storageKeys.ts';

/** The quiz interface text in both languages: question cards, the review page, the badge and the notices. */
export const quizStrings = {
  zh: {
    questionOf: (position: number, total: number) => `第 ${position} 题，共 ${total} 题`,
    check: '检查答案',
    showAnswer: '显示答案',
    answerAgain: '再答一次',
    next: '下一题',
    finish: '完成',
    right: '答对了',
    wrong: '答错了',
    correctAnswer: '正确答案：',
    yourAnswer: '你的答案',
    markRight: '正确答案',
    markChosen: '你的选择',
    explanation: '解释：',
    true: '对',
    false: '错',
    problem: {
      'no-choice': '请先选择一个答案。',
      'not-a-number': '这不是一个数：请输入数字，例如 0.841 或 -2e-3。',
      'ambiguous-number': '这里的逗号既可能分隔千位，也可能是小数点：请去掉逗号，例如写 1000 或 1.5。',
      'number-with-unit': '请只填数字，不带单位：题目已经说明了单位。',
      'empty-blank': '请填写每一个空。',
      'wrong-type': '答案的类型与题目不符。',
    } satisfies Record<GradeProblem, string>,
    numericLabel: '你的答案（数字）',
    withinTolerance: (tolerance: string) => `（误差 ±${tolerance} 以内算对）`,
    blankLabel: (number: number) => `第 ${number} 空`,
    formulaHint: '公式：可写 LaTeX 或纯文本，空格、花括号和反斜杠不计',
    blankRight: '正确',
    blankWrong: '不对',
    orderHint: '用 ↑ ↓ 按钮（或 Alt+↑ / Alt+↓）调整顺序。',
    moveUp: (position: number) => `将第 ${position} 项上移`,
    moveDown: (position: number) => `将第 ${position} 项下移`,
    moved: (position: number, total: number) => `已移到第 ${position} 位，共 ${total} 位。`,
    recallPrompt: '先在心里回答，再显示答案。',
    recallRate: '你记得多少？',
    howHard: '难度如何？（决定下次复习的时间）',
    rating: { 1: '没记住', 2: '困难', 3: '良好', 4: '容易' } as Record<1 | 2 | 3 | 4, string>,
    saved: '已保存到本浏览器。',
    notSavedPreview: '预览模式：答案不保存。',
    saveFailed: {
      quota: '未能保存：浏览器存储空间已满。',
      failed: '未能保存这次作答。',
      'newer-version': '未保存：你的学习记录由更新版本的笔记保存，本页不能改动它。请刷新页面，载入新版本后再作答。',
    },
    lastRight: '上次答对',
    lastWrong: '上次答错',
    dueNow: '现在该复习',
    dueIn: (relative: string) => `${relative}复习`,
    notAnswered: '尚未作答',
  },
  en: {
    questionOf: (position: number, total: number) => `Question ${position} of ${total}`,
    check: 'Check',
    showAnswer: 'Show answer',
    answerAgain: 'Answer again',
    next: 'Next question',
    finish: 'Finish',
    right: 'Right',
    wrong: 'Not quite',
    correctAnswer: 'Correct answer:',
    yourAnswer: 'Your answer',
    markRight: 'the right answer',
    markChosen: 'your choice',
    explanation: 'Why:',
    true: 'True',
    false: 'False',
    problem: {
      'no-choice': 'Choose an answer first.',
      'not-a-number': 'That is not a number: type digits, e.g. 0.841 or -2e-3.',
      'ambiguous-number': 'This comma could group thousands or mark decimals: type the number without it, e.g. 1000 or 1.5.',
      'number-with-unit': 'Type the number alone, without a unit: the question says which unit it wants.',
      'empty-blank': 'Fill in every blank.',
      'wrong-type': 'This answer does not fit the question.',
    } satisfies Record<GradeProblem, string>,
    numericLabel: 'Your answer (a number)',
    withinTolerance: (tolerance: string) => `(anything within ±${tolerance} counts)`,
    blankLabel: (number: number) => `Blank ${number}`,
    formulaHint: 'Formula: LaTeX or plain text; spaces, braces and backslashes are ignored',
    blankRight: 'right',
    blankWrong: 'wrong',
    orderHint: 'Reorder with the ↑ ↓ buttons (or Alt+↑ / Alt+↓).',
    moveUp: (position: number) => `Move item ${position} up`,
    moveDown: (position: number) => `Move item ${position} down`,
    moved: (position: number, total: number) => `Moved to position ${position} of ${total}.`,
    recallPrompt: 'Answer in your head first, then show the answer.',
    recallRate: 'How well did you remember?',
    howHard: 'How hard was it? (sets when it comes back)',
    rating: { 1: 'Forgot', 2: 'Hard', 3: 'Good', 4: 'Easy' } as Record<1 | 2 | 3 | 4, string>,
    saved: 'Saved in this browser.',
    notSavedPreview: 'Preview: answers are not saved.',
    saveFailed: {
      quota: 'Not saved: the browser’s storage is full.',
      failed: 'This answer could not be saved.',
      'newer-version':
        'Not saved: your progress was saved by a newer version of the notebook, which this page must not change. Reload the page to get the newer version, then answer again.',
    },
    lastRight: 'Last time: right',
    lastWrong: 'Last time: wrong',
    dueNow: 'due now',
    dueIn: (relative: string) => `next review ${relative}`,
    notAnswered: 'not answered yet',
  },
} satisfies Record<Locale, Record<string, unknown>>;

/** Text of the review page, the due badge, mastery, storage notices and export/import. */
export const reviewStrings = {
  zh: {
    modeDue: '到期的题目（全部章节）',
    modeChapter: (title: string) => `本章全部题目：${title}`,
    modeSection: (chapter: string, section: string) => `本节题目：${chapter} › ${section}`,
    loading: '正在载入题库……',
    bankFailed: '题库载入失败：',
    nothingDue: '现在没有到期的题目。',
    nextDue: (when: string) => `下一题到期：${when}。`,
    noneAnswered: '你还没有回答过任何题目：在章节末尾的小测验里作答后，题目会按间隔重复安排复习。',
    noQuestions: '这里没有找到题目。',
    fromSection: '出自',
    progress: (done: number, total: number) => `进度：${done} / ${total}`,
    summary: (right: number, total: number) => `本轮完成：答对 ${right} 题，共 ${total} 题。`,
    again: '再来一轮',
    allDue: '复习全部到期的题目',
    previewBanner: (date: string) => `正在预览 ${date} 时的复习队列。预览中的作答不会保存。`,
    leavePreview: '回到今天',
    previewLabel: '查看某一天会有哪些题目到期',
    previewButton: '查看',
    dueBadge: (count: number) => `${count} 道题待复习`,
    mastery: (right: number, total: number) => `掌握 ${right}/${total}`,
    masteryLabel: (right: number, total: number) => `本章 ${total} 道题中，最近一次答对 ${right} 道`,
    exportButton: '导出学习记录',
    importLabel: '导入学习记录（JSON 文件）',
    imported: (added: number, present: number) => `已导入 ${added} 条新记录（${present} 条原本就有）。`,
    importedSkipping: (skipped: number) => `另有 ${skipped} 条损坏的记录没有导入，它们仍留在你的文件里。`,
    importProblem: {
      'not-json': '这个文件不是 JSON。',
      'not-progress-file': '这不是本笔记导出的学习记录文件。',
      'unsupported-version': '这个文件来自更新或未知的版本，无法读取。',
      'bad-shape': '文件内容不完整或有误。',
      'newer-database': '无法导入：本浏览器里的学习记录由更新版本的笔记保存，本页不能改动它。请先刷新页面，载入新版本。',
      quota: '无法导入：浏览器存储空间已满。',
      'write-failed': '无法导入：浏览器没能保存这些记录。',
    } satisfies Record<ImportProblem['code'], string>,
    importFailed: '无法导入这个文件：读取时出了意外的错误。',
    damagedEntries: (usable: number, total: number) => `文件中的 ${total} 条记录里，只有 ${usable} 条可以使用。`,
    importUsable: (usable: number) => `只导入这 ${usable} 条可用的记录`,
    untouched: '现有记录没有改动。',
    /** Sentences in a row: Chinese puts no space after 。 */
    sentences: (...parts: string[]) => parts.filter(Boolean).join(''),
    transferTitle: '学习记录',
    transferHint: '记录只保存在这个浏览器里。导出一个文件可以备份，或者在另一台设备上导入。',
    issue: (issue: StorageIssue): string => {
      switch (issue.kind) {
        case 'quarantined':
          return `有 ${issue.count} 条已保存的记录无法读取，已原样另存（没有删除）。其余记录照常可用。`;
        case 'quota':
          return '浏览器的存储空间已满：新的作答无法保存。请导出学习记录，并在浏览器设置中清理空间。';
        case 'unavailable':
          return '这个浏览器无法保存学习记录（例如隐私模式），本次访问中的作答只保存在内存里。';
        case 'write-failed':
          return '有一次作答未能保存。';
        case 'reload-needed':
          return '笔记已在另一个标签页中更新：请刷新本页，以便继续保存作答。';
        case 'newer-version':
          return `你的学习记录由更新版本的笔记保存（存储版本 ${issue.version}，本页只认识到版本 ${DATABASE_VERSION}）。本页照常显示能读懂的记录，但不会保存任何作答，以免改动较新的数据。${issue.unreadable > 0 ? `另有 ${issue.unreadable} 条本页读不懂的记录，原样保留。` : ''}请刷新页面，载入新版本。`;
      }
    },
    noticeTitle: '学习记录需要注意',
    retiredKept: (count: number) => `你答过的题目中有 ${count} 道已从笔记中移除：它们的记录仍然保留（也会导出），但不再安排复习。`,
  },
  en: {
    modeDue: 'Due questions from every chapter',
    modeChapter: (title: string) => `Every question of this chapter: ${title}`,
    modeSection: (chapter: string, section: string) => `Questions of this section: ${chapter} › ${section}`,
    loading: 'Loading the questions…',
    bankFailed: 'The questions could not be loaded:',
    nothingDue: 'Nothing is due right now.',
    nextDue: (when: string) => `Next question due ${when}.`,
    noneAnswered:
      'You have not answered any question yet: answer the quizzes at the end of the sections, and they come back here on a spaced schedule.',
    noQuestions: 'No questions found here.',
    fromSection: 'From',
    progress: (done: number, total: number) => `Progress: ${done} / ${total}`,
    summary: (right: number, total: number) => `Round done: ${right} of ${total} right.`,
    again: 'Another round',
    allDue: 'Review everything that is due',
    previewBanner: (date: string) => `Previewing the queue as of ${date}. Answers given in a preview are not saved.`,
    leavePreview: 'Back to today',
    previewLabel: 'See what will be due on',
    previewButton: 'Show',
    dueBadge: (count: number) => `${count} ${count === 1 ? 'question' : 'questions'} due for review`,
    mastery: (right: number, total: number) => `${right}/${total} mastered`,
    masteryLabel: (right: number, total: number) => `${right} of this chapter’s ${total} questions right at their last review`,
    exportButton: 'Export my progress',
    importLabel: 'Import progress (JSON file)',
    imported: (added: number, present: number) => `Imported ${added} new ${added === 1 ? 'review' : 'reviews'} (${present} already here).`,
    importedSkipping: (skipped: number) =>
      `${skipped} damaged ${skipped === 1 ? 'entry was' : 'entries were'} left out; your file still holds ${skipped === 1 ? 'it' : 'them'}.`,
    importProblem: {
      'not-json': 'This file is not JSON.',
      'not-progress-file': 'This is not a progress file of this notebook.',
      'unsupported-version': 'This file comes from a newer or unknown version and cannot be read.',
      'bad-shape': 'The file is incomplete or damaged.',
      'newer-database':
        'Nothing was imported: the progress in this browser was saved by a newer version of the notebook, which this page must not change. Reload the page to get the newer version first.',
      quota: 'Nothing was imported: the browser’s storage is full.',
      'write-failed': 'Nothing was imported: the browser could not save the reviews.',
    } satisfies Record<ImportProblem['code'], string>,
    importFailed: 'This file could not be imported: something unexpected went wrong while reading it.',
    damagedEntries: (usable: number, total: number) => `Only ${usable} of its ${total} entries can be used.`,
    importUsable: (usable: number) => `Import only the ${usable} usable ${usable === 1 ? 'entry' : 'entries'}`,
    untouched: 'Your existing progress was not changed.',
    /** Sentences in a row, one space apart. */
    sentences: (...parts: string[]) => parts.filter(Boolean).join(' '),
    transferTitle: 'Your progress',
    transferHint: 'Progress is kept in this browser only. Export a file to back it up or to carry it to another device.',
    issue: (issue: StorageIssue): string => {
      switch (issue.kind) {
        case 'quarantined':
          return `${issue.count} saved ${issue.count === 1 ? 'record' : 'records'} could not be read and ${issue.count === 1 ? 'was' : 'were'} set aside unchanged (nothing was deleted). The rest of your progress works as usual.`;
        case 'quota':
          return 'The browser’s storage is full: new answers cannot be saved. Export your progress and free some space in the browser’s settings.';
        case 'unavailable':
          return 'This browser cannot store progress (a private window, for example): answers are kept in memory for this visit only.';
        case 'write-failed':
          return 'An answer could not be saved.';
        case 'reload-needed':
          return 'The notebook was updated in another tab: reload this page to keep saving your answers.';
        case 'newer-version':
          return `Your progress was saved by a newer version of the notebook (storage version ${issue.version}; this page knows versions up to ${DATABASE_VERSION}). What this page can read is shown as usual, but it saves nothing, so that the newer data stays as it is.${issue.unreadable > 0 ? ` ${issue.unreadable} ${issue.unreadable === 1 ? 'record' : 'records'} this page cannot read ${issue.unreadable === 1 ? 'is' : 'are'} left untouched.` : ''} Reload the page to get the newer version.`;
      }
    },
    noticeTitle: 'About your saved progress',
    retiredKept: (count: number) =>
      `${count} ${count === 1 ? 'question' : 'questions'} you answered ${count === 1 ? 'has' : 'have'} since been removed from the notebook: ${count === 1 ? 'its' : 'their'} history is kept (and exported), but ${count === 1 ? 'it is' : 'they are'} not asked again.`,
  },
} satisfies Record<Locale, Record<string, unknown>>;
