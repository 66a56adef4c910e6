#include "ApprovalTypes.h"

#include <array>
#include <utility>

namespace zt::approval {
namespace {

template <typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char*>, N>& names, E value) {
    for (const auto& [e, name] : names)
        if (e == value) return QLatin1String(name);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char*>, N>& names,
                         const QString& name) {
    for (const auto& [e, text] : names)
        if (name == QLatin1String(text)) return e;
    return std::nullopt;
}

constexpr std::array<std::pair<StepKind, const char*>, 5> kStepKinds{{
    {StepKind::Drafting, "drafting"},
    {StepKind::Checking, "checking"},
    {StepKind::Countersign, "countersign"},
    {StepKind::Signoff, "signoff"},
    {StepKind::Distribution, "distribution"},
}};
constexpr std::array<std::pair<StepMode, const char*>, 2> kModes{{
    {StepMode::Sequential, "sequential"},
    {StepMode::Parallel, "parallel"},
}};
constexpr std::array<std::pair<DocState, const char*>, 4> kStates{{
    {DocState::InProgress, "in_progress"},
    {DocState::Completed, "completed"},
    {DocState::Rejected, "rejected"},
    {DocState::Withdrawn, "withdrawn"},
}};
constexpr std::array<std::pair<crypto::SignatureAlgorithm, const char*>, 2> kAlgorithms{{
    {crypto::SignatureAlgorithm::Sm2Sm3, "sm2-sm3"},
    {crypto::SignatureAlgorithm::EcdsaP256Sha256, "ecdsa-p256-sha256"},
}};
constexpr std::array<std::pair<ActionKind, const char*>, 6> kVerbs{{
    {ActionKind::Approve, "approve"},
    {ActionKind::Reject, "reject"},
    {ActionKind::Return, "return"},
    {ActionKind::Delegate, "delegate"},
    {ActionKind::Withdraw, "withdraw"},
    {ActionKind::Comment, "comment"},
}};

bool hasTarget(ActionKind kind) {
    return kind == ActionKind::Return || kind == ActionKind::Delegate;
}

} // namespace

QString stepKindName(StepKind kind) {
    return nameOf(kStepKinds, kind);
}
std::optional<StepKind> stepKindFromName(const QString& name) {
    return valueOf(kStepKinds, name);
}
QString stepModeName(StepMode mode) {
    return nameOf(kModes, mode);
}
std::optional<StepMode> stepModeFromName(const QString& name) {
    return valueOf(kModes, name);
}
QString docStateName(DocState state) {
    return nameOf(kStates, state);
}
std::optional<DocState> docStateFromName(const QString& name) {
    return valueOf(kStates, name);
}
QString algorithmName(crypto::SignatureAlgorithm algorithm) {
    return nameOf(kAlgorithms, algorithm);
}
std::optional<crypto::SignatureAlgorithm> algorithmFromName(const QString& name) {
    return valueOf(kAlgorithms, name);
}

QString ActionVerb::toString() const {
    const QString verb = nameOf(kVerbs, kind);
    return hasTarget(kind) ? verb + QLatin1Char(':') + QString::number(target) : verb;
}

std::optional<ActionVerb> ActionVerb::parse(const QString& text) {
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const auto kind = valueOf(kVerbs, colon < 0 ? text : text.left(colon));
    if (!kind || hasTarget(*kind) != (colon >= 0)) return std::nullopt;
    if (colon < 0) return ActionVerb{*kind, 0};
    bool ok = false;
    const QString number = text.mid(colon + 1);
    const qint64 target = number.toLongLong(&ok);
    // Canonical decimal only: "return:01" and "return:+1" would sign different bytes for one act.
    if (!ok || target < 0 || QString::number(target) != number) return std::nullopt;
    if (*kind == ActionKind::Delegate && target == 0) return std::nullopt;
    return ActionVerb{*kind, target};
}

} // namespace zt::approval
