// tst_bf16_gemv — the AVX-512 BF16 few-row kernel against LibTorch: results
// equal x.float() @ w.float().T rounded to bf16 up to fp32 summation order,
// for 1..8 rows, odd N, K with and without a 32-element tail, leading dims,
// non-contiguous activations, both thread counts; and the applicability rules.
#include "model/kernels/bf16_gemv.h"
#include "util/runtime.h"

#include <ATen/core/grad_mode.h>
#include <ATen/Parallel.h>
#include <QtTest>

using namespace ps::model::kernels;

namespace {
// Kernel vs fp32 reference rounded to bf16: |diff| <= 1e-2 * max|ref| + 1e-6
// (a bf16 ulp is 2^-8 relative; summation order differs from the reference).
double maxRelErr(const at::Tensor& got, const at::Tensor& ref) {
    const double scale = ref.abs().max().item<double>();
    const double diff = (got.to(at::kFloat) - ref.to(at::kFloat)).abs().max().item<double>();
    return diff / (scale + 1e-4);
}
at::Tensor reference(const at::Tensor& x, const at::Tensor& w) {
    return at::linear(x.to(at::kFloat), w.to(at::kFloat)).to(at::kBFloat16);
}
}  // namespace

class TestBf16Gemv : public QObject {
    Q_OBJECT

    bool supported_ = false;

private Q_SLOTS:
    void initTestCase() {
        supported_ = ps::cpuHasAvx512Bf16();
        at::manual_seed(1234);
    }
    void init() {
        if (!supported_) QSKIP("CPU lacks avx512_bf16");
        setBf16KernelEnabled(true);
        at::set_num_threads(2);
    }

    void matchesFp32Reference_data() {
        QTest::addColumn<qint64>("M");
        QTest::addColumn<qint64>("N");
        QTest::addColumn<qint64>("K");
        const qint64 shapes[][2] = {{16, 32},   {33, 32},   {7, 32},    {1, 32},     {1000, 1024}, {77, 4608},
                                    {1024, 1024}, {130, 4608}, {4608, 1024}, {257, 96}, {5, 40},      {3, 17},
                                    {19, 1}};
        for (qint64 M : {1, 2, 3, 4, 7, 8})
            for (const auto& s : shapes)
                QTest::addRow("M%lld_N%lld_K%lld", M, s[0], s[1]) << M << s[0] << s[1];
    }
    void matchesFp32Reference() {
        QFETCH(qint64, M);
        QFETCH(qint64, N);
        QFETCH(qint64, K);
        at::NoGradGuard noGrad;
        const at::Tensor x = at::randn({M, K}).to(at::kBFloat16);
        const at::Tensor w = (at::randn({N, K}) * 0.02).to(at::kBFloat16);
        QVERIFY(bf16FewRowsApplicable(x, w));
        const at::Tensor y = bf16FewRowsLinear(x, w);
        QCOMPARE(y.scalar_type(), at::kBFloat16);
        QCOMPARE(y.sizes().vec(), (std::vector<int64_t>{M, N}));
        const at::Tensor ref = reference(x, w);
        QVERIFY2(maxRelErr(y, ref) <= 1e-2, qPrintable(QString::number(maxRelErr(y, ref))));
        // Rounded once from fp32: nearly every entry equals the rounded reference exactly
        // or differs by one bf16 ulp.
        const at::Tensor ulps = (y.to(at::kFloat) - ref.to(at::kFloat)).abs() / (ref.to(at::kFloat).abs() * (1.0 / 128) + 1e-30);
        QVERIFY2((ulps > 1.01).to(at::kFloat).mean().item<double>() < 0.01, "too many entries differ by more than one bf16 ulp");
        // And with LibTorch's bf16 linear (which may round intermediate sums differently).
        QVERIFY(maxRelErr(y, at::linear(x, w)) <= 2e-2);
    }

    void leadingDims_data() {
        QTest::addColumn<std::vector<int64_t>>("shape");
        QTest::addRow("B1_T1") << std::vector<int64_t>{1, 1, 256};
        QTest::addRow("B4_T1") << std::vector<int64_t>{4, 1, 256};
        QTest::addRow("B1_T8") << std::vector<int64_t>{1, 8, 256};
        QTest::addRow("B2_T3") << std::vector<int64_t>{2, 3, 256};
        QTest::addRow("B2_T2_2") << std::vector<int64_t>{2, 2, 2, 256};
        QTest::addRow("1d") << std::vector<int64_t>{256};
    }
    void leadingDims() {
        QFETCH(std::vector<int64_t>, shape);
        at::NoGradGuard noGrad;
        const at::Tensor x = at::randn(shape).to(at::kBFloat16);
        const at::Tensor w = (at::randn({300, 256}) * 0.05).to(at::kBFloat16);
        QVERIFY(bf16FewRowsApplicable(x, w));
        const at::Tensor y = bf16FewRowsLinear(x, w);
        std::vector<int64_t> expected = shape;
        expected.back() = 300;
        QCOMPARE(y.sizes().vec(), expected);
        QVERIFY(maxRelErr(y, reference(x, w)) <= 1e-2);
    }

    void nonContiguousInput() {
        at::NoGradGuard noGrad;
        const at::Tensor w = (at::randn({200, 128}) * 0.05).to(at::kBFloat16);
        // (4, 128) view with row stride 256 and a transposed (T, B) view.
        const at::Tensor wide = at::randn({4, 256}).to(at::kBFloat16);
        const at::Tensor x1 = wide.narrow(1, 64, 128);
        QVERIFY(!x1.is_contiguous());
        QVERIFY(bf16FewRowsApplicable(x1, w));
        QVERIFY(maxRelErr(bf16FewRowsLinear(x1, w), reference(x1, w)) <= 1e-2);
        const at::Tensor x2 = at::randn({3, 2, 128}).to(at::kBFloat16).transpose(0, 1);
        QVERIFY(!x2.is_contiguous());
        const at::Tensor y2 = bf16FewRowsLinear(x2, w);
        QCOMPARE(y2.sizes().vec(), (std::vector<int64_t>{2, 3, 200}));
        QVERIFY(maxRelErr(y2, reference(x2, w)) <= 1e-2);
    }

    void zeroRowsAndColumns() {
        at::NoGradGuard noGrad;
        const at::Tensor w = at::randn({64, 64}).to(at::kBFloat16);
        const at::Tensor x0 = at::empty({0, 64}, at::kBFloat16);
        QVERIFY(bf16FewRowsApplicable(x0, w));
        const at::Tensor y0 = bf16FewRowsLinear(x0, w);
        QCOMPARE(y0.sizes().vec(), (std::vector<int64_t>{0, 64}));
        const at::Tensor y1 = bf16FewRowsLinear(at::randn({2, 3, 0, 64}).to(at::kBFloat16), w);
        QCOMPARE(y1.sizes().vec(), (std::vector<int64_t>{2, 3, 0, 64}));
        const at::Tensor wEmpty = at::empty({0, 64}, at::kBFloat16);
        const at::Tensor y2 = bf16FewRowsLinear(at::randn({2, 64}).to(at::kBFloat16), wEmpty);
        QCOMPARE(y2.sizes().vec(), (std::vector<int64_t>{2, 0}));
    }

    // Every thread count gives bit-identical results (the split is over outputs only).
    void deterministicAcrossThreads() {
        at::NoGradGuard noGrad;
        const at::Tensor x = at::randn({5, 1024}).to(at::kBFloat16);
        const at::Tensor w = (at::randn({4099, 1024}) * 0.02).to(at::kBFloat16);
        at::set_num_threads(1);
        const at::Tensor y1 = bf16FewRowsLinear(x, w);
        at::set_num_threads(2);
        const at::Tensor y2 = bf16FewRowsLinear(x, w);
        QVERIFY(at::equal(y1, y2));
        // A row's result does not depend on the other rows in the batch.
        const at::Tensor single = bf16FewRowsLinear(x.narrow(0, 3, 1), w);
        QVERIFY(at::equal(single, y2.narrow(0, 3, 1)));
    }

    void specialValues() {
        at::NoGradGuard noGrad;
        at::Tensor x = at::zeros({2, 64}, at::kBFloat16);
        const at::Tensor w = at::ones({3, 64}, at::kBFloat16);
        x[0][5] = std::numeric_limits<float>::infinity();
        x[1][7] = std::numeric_limits<float>::quiet_NaN();
        const at::Tensor y = bf16FewRowsLinear(x, w).to(at::kFloat);
        QVERIFY(std::isinf(y[0][0].item<float>()) && y[0][0].item<float>() > 0);
        QVERIFY(std::isnan(y[1][2].item<float>()));
        // Exact small integers survive the bf16 round trip.
        const at::Tensor xi = at::full({1, 96}, 2.0, at::kBFloat16);
        const at::Tensor wi = at::full({4, 96}, 0.5, at::kBFloat16);
        QVERIFY(at::equal(bf16FewRowsLinear(xi, wi), at::full({1, 4}, 96.0, at::kBFloat16)));
    }

    void applicability() {
        const at::Tensor x = at::randn({4, 64}).to(at::kBFloat16);
        const at::Tensor w = at::randn({32, 64}).to(at::kBFloat16);
        {
            at::NoGradGuard noGrad;
            QVERIFY(bf16FewRowsApplicable(x, w));
            QVERIFY(bf16FewRowsApplicable(at::randn({8, 64}).to(at::kBFloat16), w));
            QVERIFY(bf16FewRowsApplicable(at::randn({2, 4, 64}).to(at::kBFloat16), w));
            // fp32 / fp16 inputs
            QVERIFY(!bf16FewRowsApplicable(x.to(at::kFloat), w));
            QVERIFY(!bf16FewRowsApplicable(x, w.to(at::kFloat)));
            QVERIFY(!bf16FewRowsApplicable(x.to(at::kFloat), w.to(at::kFloat)));
            QVERIFY(!bf16FewRowsApplicable(x.to(at::kHalf), w.to(at::kHalf)));
            // more than kMaxRows rows
            QVERIFY(!bf16FewRowsApplicable(at::randn({9, 64}).to(at::kBFloat16), w));
            QVERIFY(!bf16FewRowsApplicable(at::randn({3, 3, 64}).to(at::kBFloat16), w));
            // shape mismatch, non-contiguous or non-matrix weights
            QVERIFY(!bf16FewRowsApplicable(at::randn({4, 32}).to(at::kBFloat16), w));
            QVERIFY(!bf16FewRowsApplicable(at::randn({4, 32}).to(at::kBFloat16), w.t()));
            QVERIFY(!bf16FewRowsApplicable(x, at::randn({32, 128}).to(at::kBFloat16).narrow(1, 0, 64)));
            QVERIFY(!bf16FewRowsApplicable(x, at::randn({64}).to(at::kBFloat16)));
            QVERIFY(!bf16FewRowsApplicable(x, at::Tensor()));
            // the switch
            setBf16KernelEnabled(false);
            QVERIFY(!bf16KernelEnabled());
            QVERIFY(!bf16FewRowsApplicable(x, w));
            setBf16KernelEnabled(true);
            QVERIFY(bf16KernelEnabled());
            QVERIFY(bf16FewRowsApplicable(x, w));
        }
        // Tensors that need gradients: only without grad mode (the result has no history).
        const at::Tensor wg = w.clone().requires_grad_(true);
        QVERIFY(!bf16FewRowsApplicable(x, wg));
        QVERIFY(!bf16FewRowsApplicable(x.clone().requires_grad_(true), w));
        {
            at::NoGradGuard noGrad;
            QVERIFY(bf16FewRowsApplicable(x, wg));
        }
        // Misuse is an error, not a wrong answer.
        at::NoGradGuard noGrad;
        QVERIFY_THROWS_EXCEPTION(c10::Error, bf16FewRowsLinear(x.to(at::kFloat), w));
    }
};

QTEST_APPLESS_MAIN(TestBf16Gemv)
#include "tst_bf16_gemv.moc"
